package org.claimcompare.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of an HTML page, as the extractor wants it: the page's title and its text
 * blocks (paragraphs, headings, quotations, list items, table cells...) one after another, each
 * separated from the next by a blank line, so that each is a paragraph of its own to the extractor;
 * inside a block, white space is collapsed as a browser does, {@code <br>} breaks the line, and
 * {@code <q>} gets the quotation marks a browser shows (“ ” outside, ‘ ’ inside another). Entities
 * ({@code &amp;}, {@code &#8220;}) become the characters they stand for.
 *
 * <p>What a reader does not read as the article is left out: scripts, styles, {@code <noscript>},
 * templates, embedded frames, objects, images and media, navigation ({@code <nav>}, a page-wide
 * {@code <header>}, role {@code navigation}, {@code banner} or {@code search}), asides and
 * complementary parts, footers and role {@code contentinfo}, forms and their controls, dialogs and
 * menus, and anything {@code hidden} or {@code aria-hidden="true"}. Of what remains, a page with
 * exactly one {@code <article>} (else exactly one {@code <main>} or role {@code main}) that holds at
 * least a quarter of the text is read from that element alone, leaving out the rest of the page
 * (teasers, comments, links to other stories); any other page is read whole. The title comes first,
 * unless the first {@code <h1>} read says the same (a title is often the headline and the site's
 * name).
 *
 * <p>The bytes are decoded as their byte order mark says, else as the page declares ({@code <meta
 * charset>}, {@code <meta http-equiv="Content-Type">} or an XML declaration, in its first 64 KiB),
 * else as UTF-8, strictly: a byte that is not valid in that encoding is reported with its line,
 * never replaced. As browsers do, a page declared {@code ISO-8859-1} or {@code US-ASCII} is read as
 * {@code windows-1252} (whose curly quotes such pages hold), and one declared UTF-16 without a byte
 * order mark as UTF-8.
 *
 * <p>The only class of the command line that touches jsoup, which is optional: {@link ArticleFiles}
 * checks that jsoup is there before it calls this class. Linear in the size of the page.
 */
final class HtmlText {
  /** How much of a page without byte order mark is searched for the declaration of its charset. */
  private static final int DECLARATION_BYTES = 64 * 1024;

  private static final String DROPPED = String.join(", ",
      "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
      "img", "picture", "svg", "math", "canvas", "video", "audio", "map",
      "nav", "aside", "footer", "form", "button", "select", "textarea", "input", "dialog", "menu",
      "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=banner]", "[role=search]",
      "[role=complementary]", "[role=contentinfo]");

  /** Elements that stand apart from the text around them: each opens and closes a paragraph. */
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
      "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
      "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  private HtmlText() {}

  /**
   * The article text of the page {@code bytes}, read from {@code file}.
   *
   * @throws BadInputException naming the file, when its bytes are not valid in its encoding, its
   *     declared charset is unknown, or it holds no article text
   */
  static String of(Path file, byte[] bytes) {
    String text = of(decode(file, bytes));
    if (text.isBlank()) {
      throw new BadInputException(file + ": no article text in this HTML page (scripts, styles, navigation,"
          + " asides, footers and forms left out); a page whose article a script fills in holds none until a"
          + " browser runs it: save it from the browser (Save Page As, complete) and read that");
    }
    return text;
  }

  /** The article text of the page {@code html}; see the class description. */
  static String of(String html) {
    Document page = Jsoup.parse(html);
    Element body = page.body();
    body.select(DROPPED).remove();
    // A header inside the article holds its headline and byline; any other is the site's.
    body.select("header").stream().filter(h -> h.closest("article, main, [role=main]") == null)
        .forEach(Element::remove);
    Element root = contentRoot(body);
    Blocks blocks = new Blocks();
    String title = page.title();
    Element h1 = root.selectFirst("h1");
    if (!title.isBlank() && (h1 == null || !title.contains(h1.text()) || h1.text().isBlank())) {
      blocks.text(title);
      blocks.paragraph();
    }
    NodeTraversor.traverse(blocks, root);
    return blocks.text();
  }

  /**
   * The one {@code <article>} (articles inside it, such as comments, are its own), else the one
   * {@code <main>}, when it holds at least a quarter of the text; else the whole body.
   */
  private static Element contentRoot(Element body) {
    int all = body.text().length();
    List<Element> articles = body.select("article").stream()
        .filter(a -> a.parent() == null || a.parent().closest("article") == null)
        .toList();
    for (List<Element> found : List.of(articles, body.select("main, [role=main]"))) {
      if (found.size() == 1 && 4L * found.get(0).text().length() >= all) {
        return found.get(0);
      }
    }
    return body;
  }

  /** Collects text into paragraphs, collapsing white space as a browser does. */
  private static final class Blocks implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    /** Line breaks due before the next character: 0, 1 ({@code <br>}) or 2 (a new paragraph). */
    private int breaks;
    private boolean space;
    private int quotes;
    private int preformatted;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag)) {
          paragraph();
        } else if (tag.equals("br")) {
          lineBreak();
        } else if (tag.equals("q")) {
          text(quotes++ % 2 == 0 ? "\u201C" : "\u2018");
        }
        if (tag.equals("pre")) {
          preformatted++;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("q")) {
          text(--quotes % 2 == 0 ? "\u201D" : "\u2019");
        } else if (tag.equals("pre")) {
          preformatted--;
        }
        if (BLOCKS.contains(tag)) {
          paragraph();
        }
      }
    }

    void text(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n' && preformatted > 0) {
          lineBreak();
        } else if (ArticleFormat.isSpace(c)) {
          space = true;
        } else {
          if (breaks > 0 && out.length() > 0) {
            out.append(breaks == 1 ? "\n" : "\n\n");
          } else if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
          }
          breaks = 0;
          space = false;
          out.append(c);
        }
      }
    }

    void lineBreak() {
      breaks = Math.min(2, breaks + 1);
      space = false;
    }

    void paragraph() {
      breaks = 2;
      space = false;
    }

    String text() {
      return out.length() == 0 ? "" : out + "\n";
    }
  }

  /** The page's text, decoded as its byte order mark, its declaration or UTF-8 says. */
  private static String decode(Path file, byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return decode(file, bytes, 3, StandardCharsets.UTF_8, "as its byte order mark says");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decode(file, bytes, 2, StandardCharsets.UTF_16BE, "as its byte order mark says");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decode(file, bytes, 2, StandardCharsets.UTF_16LE, "as its byte order mark says");
    }
    Optional<String> declared = declaredCharset(bytes);
    if (declared.isEmpty()) {
      return decode(file, bytes, 0, StandardCharsets.UTF_8, "as the page declares no charset; declare it"
          + " (<meta charset=\"windows-1252\">, say) or convert the file to UTF-8");
    }
    Charset charset = charset(file, declared.get());
    return decode(file, bytes, 0, charset, "as the page declares (" + JsonLines.quoted(declared.get()) + ")");
  }

  private static boolean startsWith(byte[] bytes, int... start) {
    if (bytes.length < start.length) {
      return false;
    }
    for (int i = 0; i < start.length; i++) {
      if ((bytes[i] & 0xFF) != start[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The charset the page declares first: an XML declaration's {@code encoding}, else the first
   * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">}.
   */
  static Optional<String> declaredCharset(byte[] bytes) {
    // Every declaration is ASCII, which ISO-8859-1 reads from any ASCII-compatible encoding.
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    String start = head.stripLeading();
    if (start.startsWith("<?xml")) {
      int end = start.indexOf("?>");
      Optional<String> encoding = parameter(start.substring(0, end < 0 ? start.length() : end), "encoding");
      if (encoding.isPresent()) {
        return encoding;
      }
    }
    for (Element meta : Jsoup.parse(head).select("meta[charset], meta[http-equiv]")) {
      if (meta.hasAttr("charset") && !meta.attr("charset").isBlank()) {
        return Optional.of(meta.attr("charset").strip());
      }
      if (meta.attr("http-equiv").strip().equalsIgnoreCase("content-type")) {
        Optional<String> charset = parameter(meta.attr("content"), "charset");
        if (charset.isPresent()) {
          return charset;
        }
      }
    }
    return Optional.empty();
  }

  /** The value of {@code name=value} or {@code name="value"} in {@code s}, name in any case. */
  private static Optional<String> parameter(String s, String name) {
    String lower = s.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(name);
    while (at >= 0) {
      int i = at + name.length();
      while (i < s.length() && ArticleFormat.isSpace(s.charAt(i))) {
        i++;
      }
      if (i < s.length() && s.charAt(i) == '=') {
        i++;
        while (i < s.length() && ArticleFormat.isSpace(s.charAt(i))) {
          i++;
        }
        char quote = i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'') ? s.charAt(i) : 0;
        int from = quote == 0 ? i : i + 1;
        int to = from;
        while (to < s.length() && (quote == 0 ? !ArticleFormat.isSpace(s.charAt(to)) && s.charAt(to) != ';'
            && s.charAt(to) != '"' && s.charAt(to) != '\'' : s.charAt(to) != quote)) {
          to++;
        }
        return to > from ? Optional.of(s.substring(from, to)) : Optional.empty();
      }
      at = lower.indexOf(name, at + 1);
    }
    return Optional.empty();
  }

  /**
   * The charset a declared label names, as browsers read it (the WHATWG Encoding Standard): the
   * labels of ISO-8859-1 and ASCII name windows-1252, those of GB2312 name GBK, and UTF-16 declared
   * inside the page (which could not have been read if it were UTF-16) names UTF-8.
   */
  static Charset charset(Path file, String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "ibm819", "csisolatin1", "iso-ir-100",
          "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252", "x-cp1252", "windows-1252" -> {
        return Charset.forName("windows-1252");
      }
      case "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "x-gbk", "gbk" -> {
        return Charset.forName("GBK");
      }
      case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "unicodefffe", "csunicode" -> {
        return StandardCharsets.UTF_8;
      }
      default -> {
        try {
          return Charset.forName(l);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new BadInputException(file + ": the page declares the charset " + JsonLines.quoted(label)
              + ", which is unknown; declare a known one or convert the file to UTF-8");
        }
      }
    }
  }

  /**
   * Decodes {@code bytes} from {@code start} strictly: a byte sequence that is not valid in
   * {@code charset} is reported with its line, {@code why} saying why that charset was chosen.
   */
  private static String decode(Path file, byte[] bytes, int start, Charset charset, String why) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(
        (int) Math.min(Inputs.MAX_BYTES, (long) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < out.position(); i++) {
        line += out.get(i) == '\n' ? 1 : 0;
      }
      throw new BadInputException(String.format(Locale.ROOT, "%s: line %,d: not valid %s, read %s",
          file, line, charset.name(), why));
    }
    return out.flip().toString();
  }
}
