package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleFormatTest {
  /** Each row: a file's name, its first bytes (as ISO-8859-1, {@code \n} a line feed) and its format. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # text, whatever its name
      article.txt    | “We will not give up,” the mayor said.              | TEXT
      notes          | The <html> element opens a page.                   | TEXT
      article.md     | ''                                                 | TEXT
      # HTML by its name, in any case
      page.html      | <p>Hello</p>                                       | HTML
      page.HTM       | Hello                                              | HTML
      page.xhtml     | <?xml version="1.0"?><html/>                       | HTML
      page.shtml     | <p>Hello</p>                                       | HTML
      # HTML by what it opens with, whatever its name
      saved.txt      | <!DOCTYPE html><html><p>Hello</p></html>           | HTML
      index          | \\n  <!doctype HTML>\\n<p>Hello</p>                  | HTML
      index          | <HTML lang="en"><body>Hello</body></HTML>          | HTML
      index          | <html>                                             | HTML
      index          | <!-- saved from a site -->\\n<html>                 | HTML
      index          | <?xml version="1.0" encoding="utf-8"?>\\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"> | HTML
      index          | \u00EF\u00BB\u00BF<!DOCTYPE html>                            | HTML
      # not HTML: another element first, or a word beginning with html
      index          | <htmlish>                                          | TEXT
      index          | <!DOCTYPE svg><svg/>                               | TEXT
      index          | <!-- an unclosed comment <html>                    | TEXT
      """)
  void tellsTextFromHtml(String name, String start, ArticleFormat format) {
    assertThat(ArticleFormat.of(Path.of(name), start.replace("\\n", "\n").getBytes(ISO_8859_1))).isEqualTo(format);
  }

  /** A file's first bytes and what the refusal says it is. */
  static Stream<Arguments> refused() {
    return Stream.of(
        refused("a PDF document", '%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', '%', 0xE2, 0xE3),
        refused("a ZIP archive (such as a .docx, .odt, .epub or .zip file)", 'P', 'K', 3, 4, 0x14, 0, 6, 0),
        refused("an empty ZIP archive", 'P', 'K', 5, 6, 0, 0),
        refused("an old Microsoft Office document (.doc, .xls, .ppt)", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0),
        refused("an RTF document", '{', '\\', 'r', 't', 'f', '1', ' ', 'H', 'i', '}'),
        refused("a gzip-compressed file", 0x1F, 0x8B, 8, 0),
        refused("an xz-compressed file", 0xFD, '7', 'z', 'X', 'Z', 0, 0),
        refused("a 7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0),
        refused("a PNG image", 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'),
        refused("a JPEG image", 0xFF, 0xD8, 0xFF, 0xE0),
        refused("a GIF image", 'G', 'I', 'F', '8', '9', 'a', 1, 0),
        refused("UTF-32 text", 0xFF, 0xFE, 0, 0, 'H', 0, 0, 0),
        refused("UTF-32 text", 0, 0, 0xFE, 0xFF, 0, 0, 0, 'H'));
  }

  private static Arguments refused(String what, int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return Arguments.of(b, what);
  }

  /** Named .html, so that not even the name makes them pages. */
  @ParameterizedTest(name = "{1}")
  @MethodSource("refused")
  void refusesWhatIsNeitherTextNorHtmlSayingWhatItIs(byte[] start, String what) {
    Path file = Path.of("articles", "report.html");

    assertThatThrownBy(() -> ArticleFormat.of(file, start))
        .isInstanceOf(BadInputException.class)
        .hasMessage(file + ": " + what + ", not text or HTML: articles are read as UTF-8 text or HTML;"
            + " convert it to one of them first");
  }

  @Test
  void refusesBinaryDataNamingItsFirstNulByte() {
    byte[] bytes = "line one\nline two\u0000\u0001".getBytes(UTF_8);

    assertThatThrownBy(() -> ArticleFormat.of(Path.of("data.bin"), bytes))
        .isInstanceOf(BadInputException.class)
        .hasMessage("data.bin: binary data, not text or HTML: byte 18 (line 2) is a NUL, as in no text article"
            + " (UTF-16 text without a byte order mark has them too)");
  }

  @Test
  void refusesUtf16TextButReadsAUtf16Page() {
    byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0};

    assertThat(ArticleFormat.of(Path.of("page.html"), utf16)).isEqualTo(ArticleFormat.HTML);
    assertThatThrownBy(() -> ArticleFormat.of(Path.of("notes.txt"), utf16))
        .isInstanceOf(BadInputException.class)
        .hasMessage("notes.txt: UTF-16 text (it opens with a UTF-16 byte order mark), but text articles are read"
            + " as UTF-8 (only an HTML page may be UTF-16); convert it, e.g. iconv -f UTF-16 -t UTF-8");
  }
}
