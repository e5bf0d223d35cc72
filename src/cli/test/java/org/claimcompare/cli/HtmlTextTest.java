package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTextTest {
  private static final Path PAGE = Path.of("page.html");

  /** Each row: a page's body (or a whole page) and its article text, {@code \n} standing for a line break. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # paragraphs, headings, list items and quotations are paragraphs of their own, a blank line apart
      <h2>Floods</h2><p>One.</p><p>Two.</p>                         | Floods\\n\\nOne.\\n\\nTwo.
      <ul><li>first</li><li>second</li></ul><blockquote>Quoted.</blockquote> | first\\n\\nsecond\\n\\nQuoted.
      <div>Loose text <p>in a paragraph</p> and after it</div>     | Loose text\\n\\nin a paragraph\\n\\nand after it
      # white space collapses as a browser shows it; inline elements join their words
      <p>  crews   worked\\n through <b>the</b><i>night</i> </p>      | crews worked through thenight
      <p>a <span> b </span> c</p>                                    | a b c
      # a line break inside a paragraph; two make a blank line
      <p>Stay indoors.<br>Schools are closed.</p>                   | Stay indoors.\\nSchools are closed.
      <p>one<br><br>two</p>                                          | one\\n\\ntwo
      # preformatted text keeps its line breaks
      <pre>line one\\nline two</pre>                                 | line one\\nline two
      # entities become the characters they stand for
      <p>&#8220;Flood &amp; storm,&#8221; she said &ndash; &lt;not&gt; a tag&hellip;</p> | “Flood & storm,” she said – <not> a tag…
      <p>&ldquo;It&rsquo;s over,&rdquo; he said&nbsp;today.</p>     | “It’s over,” he said\u00A0today.
      # <q> shows the quotation marks a browser draws, single ones inside double
      <p>He said <q>we will <q>never</q> leave</q>.</p>             | He said “we will ‘never’ leave”.
      # scripts, styles and what is not the article are left out
      <p>Text.</p><script>var s = "“not a quote,” it said";</script><style>p::before{content:"“"}</style> | Text.
      <nav><a>Home</a></nav><p>Text.</p><aside>“Read this,” it said.</aside><footer>© 2025</footer> | Text.
      <form><label>Name <input></label><button>Send</button></form><p>Text.</p><noscript>Enable it.</noscript> | Text.
      <p hidden>Hidden.</p><div aria-hidden="true">Also hidden.</div><div role="navigation">Menu</div><p>Text.</p> | Text.
      <template><p>Later.</p></template><iframe src="x"></iframe><svg><text>Chart</text></svg><p>Text.</p> | Text.
      # a page-wide header is the site's; the article's own holds its headline
      <header>Site name</header><article><header><h1>Headline</h1></header><p>Text of the article.</p></article> | Headline\\n\\nText of the article.
      # one article holding most of the text is read alone; two articles, the whole page
      <p>Most read: a short teaser.</p><article><p>The whole story, which is long enough to be the page.</p></article> | The whole story, which is long enough to be the page.
      <article><p>Story one.</p></article><article><p>Story two.</p></article> | Story one.\\n\\nStory two.
      <p>A long comment section outside the article, much longer than the article itself, which is short.</p><article><p>Short.</p></article> | A long comment section outside the article, much longer than the article itself, which is short.\\n\\nShort.
      # comments inside the one article do not make it one of several
      <article><p>The story, long enough to be the article.</p><article><p>A comment.</p></article></article><p>x</p> | The story, long enough to be the article.\\n\\nA comment.
      <div>Top</div><main><p>The main part, which holds nearly all of the text.</p></main> | The main part, which holds nearly all of the text.
      """)
  void takesTheArticleTextOutOfThePage(String html, String text) {
    assertThat(HtmlText.of(html.replace("\\n", "\n"))).isEqualTo(text.replace("\\n", "\n") + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # the title opens the text
      <title>Floods close roads</title><p>Text.</p>                       | Floods close roads\\n\\nText.
      # unless the headline says the same, as a title made of the headline and the site's name does
      <title>Floods close roads – The Gazette</title><h1>Floods close roads</h1><p>Text.</p> | Floods close roads\\n\\nText.
      <title>The Gazette</title><h1>Floods close roads</h1><p>Text.</p>   | The Gazette\\n\\nFloods close roads\\n\\nText.
      """)
  void opensWithTheTitleUnlessTheHeadlineRepeatsIt(String html, String text) {
    assertThat(HtmlText.of(html)).isEqualTo(text.replace("\\n", "\n") + "\n");
  }

  @Test
  void readsTheFixtureAsAReaderWould() {
    String text = HtmlText.of(PAGE, fixture("city-hall.html"));

    assertThat(text).isEqualTo("""
        Mayor vows city will rebuild after flood & storm

        By Ann Example · 3 March 2025

        Flooding closed the river road on Monday, and crews worked through the night.

        “We will not give up,” the mayor said. “The water will go down and this city will rebuild.”

        Officials said the bridge had been repaired, and the harbour master said that “every boat will be \
        checked before sunrise”.

        We rebuilt after the last flood, and we will rebuild after this one.

        Residents were told to stay indoors.
        Schools stay closed\u00A0until Wednesday.
        """);
  }

  @Test
  void readsAPageDeclaredLatin1AsWindows1252WhoseCurlyQuotesItHolds() {
    byte[] page = bytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
        + "</head><body><p>\u0093We will not give up,\u0094 the mayor of Li\u00E8ge said.</p></body></html>", ISO_8859_1);

    assertThat(HtmlText.of(PAGE, page)).isEqualTo("“We will not give up,” the mayor of Liège said.\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      <meta charset="windows-1252">                                        | windows-1252
      <meta charset='utf-8'>                                               | utf-8
      <META HTTP-EQUIV="content-type" CONTENT="text/html;charset=koi8-r">  | koi8-r
      <?xml version="1.0" encoding="ISO-8859-15"?><html>                   | ISO-8859-15
      <meta name="viewport" content="width=device-width"><p>charset=no</p> | ''
      """)
  void findsTheDeclaredCharset(String head, String charset) {
    assertThat(HtmlText.declaredCharset(bytes(head, ISO_8859_1)).orElse("")).isEqualTo(charset);
  }

  @Test
  void decodesAPageByItsUtf16ByteOrderMark() {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    page.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    page.writeBytes(bytes("<p>“Ça ira,” dit-il. 💪</p>", UTF_16LE));

    assertThat(HtmlText.of(PAGE, page.toByteArray())).isEqualTo("“Ça ira,” dit-il. 💪\n");
  }

  @Test
  void readsUtf8WhenNothingIsDeclaredAndNamesTheLineOfABadByte() {
    byte[] page = bytes("<html><body>\n<p>Line two.</p>\n<p>caf\u00E9</p></body></html>", ISO_8859_1);

    assertThatThrownBy(() -> HtmlText.of(PAGE, page))
        .isInstanceOf(BadInputException.class)
        .hasMessage("page.html: line 3: not valid UTF-8, read as the page declares no charset; declare it"
            + " (<meta charset=\"windows-1252\">, say) or convert the file to UTF-8");
  }

  @Test
  void namesTheDeclaredCharsetWhenABadByteBreaksIt() {
    byte[] page = bytes("<meta charset=\"utf-8\"><p>caf\u00E9</p>", ISO_8859_1);

    assertThatThrownBy(() -> HtmlText.of(PAGE, page))
        .isInstanceOf(BadInputException.class)
        .hasMessage("page.html: line 1: not valid UTF-8, read as the page declares (\"utf-8\")");
  }

  @Test
  void rejectsAnUnknownCharsetNamingIt() {
    assertThatThrownBy(() -> HtmlText.of(PAGE, bytes("<meta charset=\"klingon-8\"><p>x</p>", UTF_8)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("page.html: the page declares the charset \"klingon-8\", which is unknown; declare a known one"
            + " or convert the file to UTF-8");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      <html><head><title> </title><script>render()</script></head><body><div id="app"></div></body></html>
      <nav>Home</nav><footer>© 2025</footer>
      ''
      """)
  void refusesAPageWithoutArticleText(String html) {
    assertThatThrownBy(() -> HtmlText.of(PAGE, bytes(html, UTF_8)))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("page.html: no article text in this HTML page")
        .hasMessageContaining("Save Page As");
  }

  /** A page nested far deeper than any real one is read, without recursion. */
  @Test
  void readsDeeplyNestedElements() {
    String html = "<div>".repeat(100_000) + "<p>Deep.</p>" + "</div>".repeat(100_000);

    assertThat(HtmlText.of(html)).isEqualTo("Deep.\n");
  }

  static byte[] fixture(String name) {
    try (InputStream in = HtmlTextTest.class.getResourceAsStream("html/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String s, java.nio.charset.Charset charset) {
    return s.getBytes(charset);
  }
}
