package org.claimcompare.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What an article file holds, told from its name and its first bytes: UTF-8 text, an HTML page, or
 * something that is neither, which is refused with a message naming the file and what it seems to
 * be (a PDF, a Word or ZIP file, an image, UTF-16 text, binary data), never read as an empty or
 * garbled article.
 *
 * <p>An HTML page is a file named {@code .html}, {@code .htm}, {@code .xhtml} or {@code .shtml}
 * (in any case), or any file whose content opens, after white space, comments and an XML
 * declaration, with {@code <!DOCTYPE html} or {@code <html} (in any case): a page saved under
 * another name, such as {@code article.txt} or a name without extension, is still a page.
 */
enum ArticleFormat {
  /** UTF-8 text, read as it is: the article's text is the file's. */
  TEXT,
  /** An HTML page, whose article text is taken out of it (see {@link HtmlText}). */
  HTML;

  private static final List<String> HTML_EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".shtml");

  /** How far into a file the sniffing of {@code <html} reads. */
  private static final int SNIFF_BYTES = 4096;

  /** A kind of file told by its first bytes, refused as an article. */
  private record Magic(byte[] start, String what) {
    Magic(String start, String what) {
      this(start.getBytes(StandardCharsets.ISO_8859_1), what);
    }

    boolean opens(byte[] bytes) {
      if (bytes.length < start.length) {
        return false;
      }
      for (int i = 0; i < start.length; i++) {
        if (bytes[i] != start[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Magic> REFUSED = List.of(
      new Magic("%PDF-", "a PDF document"),
      new Magic("PK\u0003\u0004", "a ZIP archive (such as a .docx, .odt, .epub or .zip file)"),
      new Magic("PK\u0005\u0006", "an empty ZIP archive"),
      new Magic("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", "an old Microsoft Office document (.doc, .xls, .ppt)"),
      new Magic("{\\rtf", "an RTF document"),
      new Magic("\u001F\u008B", "a gzip-compressed file"),
      new Magic("\u00FD7zXZ\u0000", "an xz-compressed file"),
      new Magic("7z\u00BC\u00AF\u0027\u001C", "a 7-Zip archive"),
      new Magic("\u0089PNG", "a PNG image"),
      new Magic("\u00FF\u00D8\u00FF", "a JPEG image"),
      new Magic("GIF87a", "a GIF image"),
      new Magic("GIF89a", "a GIF image"),
      new Magic("\u0000\u0000\u00FE\u00FF", "UTF-32 text"),
      new Magic("\u00FF\u00FE\u0000\u0000", "UTF-32 text"));

  /** The byte order marks of UTF-16, which an HTML page may open with and a text article may not. */
  private static final List<Magic> UTF16 = List.of(
      new Magic("\u00FE\u00FF", "UTF-16 text"), new Magic("\u00FF\u00FE", "UTF-16 text"));

  /**
   * The format of {@code file}, whose content is {@code bytes}.
   *
   * @throws BadInputException naming the file and what it seems to be, when it is neither text nor HTML
   */
  static ArticleFormat of(Path file, byte[] bytes) {
    for (Magic m : REFUSED) {
      if (m.opens(bytes)) {
        throw new BadInputException(file + ": " + m.what() + ", not text or HTML: articles are read as UTF-8"
            + " text or HTML; convert it to one of them first");
      }
    }
    boolean htmlName = hasHtmlName(file);
    if (UTF16.stream().anyMatch(m -> m.opens(bytes))) {
      if (htmlName) {
        return HTML;
      }
      throw new BadInputException(file + ": UTF-16 text (it opens with a UTF-16 byte order mark), but text articles"
          + " are read as UTF-8 (only an HTML page may be UTF-16); convert it, e.g. iconv -f UTF-16 -t UTF-8");
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      throw new BadInputException(String.format(Locale.ROOT, "%s: binary data, not text or HTML: byte %,d (line %,d)"
          + " is a NUL, as in no text article (UTF-16 text without a byte order mark has them too)",
          file, nul + 1, lineOf(bytes, nul)));
    }
    return htmlName || looksLikeHtml(bytes) ? HTML : TEXT;
  }

  private static boolean hasHtmlName(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return HTML_EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /**
   * Whether the content opens, after a UTF-8 byte order mark, white space, comments and an XML
   * declaration, with {@code <!doctype html} or {@code <html} (any case).
   */
  static boolean looksLikeHtml(byte[] bytes) {
    String s = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
    while (true) {
      while (i < s.length() && isSpace(s.charAt(i))) {
        i++;
      }
      if (s.startsWith("<!--", i)) {
        i = skipPast(s, i, "-->");
      } else if (s.startsWith("<?xml", i)) {
        i = skipPast(s, i, "?>");
      } else {
        break;
      }
      if (i < 0) {
        return false;
      }
    }
    if (s.startsWith("<!doctype", i)) {
      int j = i + "<!doctype".length();
      while (j < s.length() && isSpace(s.charAt(j))) {
        j++;
      }
      return s.startsWith("html", j);
    }
    return s.startsWith("<html", i)
        && (i + 5 == s.length() || isSpace(s.charAt(i + 5)) || s.charAt(i + 5) == '>');
  }

  private static int skipPast(String s, int from, String end) {
    int at = s.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  /** HTML's white space: space, tab, line feed, form feed, carriage return. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The 1-based line of byte {@code at}: one more than the line feeds before it. */
  static int lineOf(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
