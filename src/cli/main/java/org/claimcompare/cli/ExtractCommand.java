package org.claimcompare.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.extract.ClaimExtractor;
import org.claimcompare.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code extract}: article files (UTF-8 text or HTML) in, claims out as JSON Lines, their offsets
 * in the unit {@code --offsets} names; with {@code --texts}, the text of each article too, which
 * for an HTML page is the text taken out of it, the one its offsets count in.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Extract quotes and reported statements from article files: UTF-8 text, or HTML pages (.html, .htm, .xhtml,"
          + " .shtml, or any file that opens with <!DOCTYPE html> or <html>), whose article text is taken out of"
          + " the page: the title and the text blocks, each a paragraph, without scripts, styles, navigation,"
          + " asides, footers and forms. Other files (PDF, Word, ZIP, binary data) are refused.",
      "Out: one claim per line, {\"id\", \"source\", \"start\", \"end\", \"text\", \"kind\":"
          + " \"quote\"|\"reported\"|\"fragment\", \"speaker\"?, \"cue\"?, \"speaker_mention\"?}; text is the"
          + " article's characters [start, end), counted as --offsets says; for an HTML page, of the text taken"
          + " out of it, which --texts writes.",
      "A file in which no claim is found is named on standard error."
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files, or folders of them.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "FILE", description = "Write JSON Lines to FILE (default: standard output).")
  Path out;

  @Option(names = "--offsets", paramLabel = "UNITS",
      description = "Count offsets in utf16 code units (default; Java's and JavaScript's string indices) or codepoints"
          + " (Python's str indices: text[start:end]); they differ after characters outside the Basic Multilingual"
          + " Plane, such as emoji.")
  Offsets offsets = Offsets.UTF16;

  @Option(names = "--texts", paramLabel = "FILE",
      description = "Also write the text of each article to FILE, as JSON Lines {\"source\", \"text\"}: the text"
          + " the offsets count in, which for an HTML page is the text taken out of it.")
  Path texts;

  @Option(names = "--min-words", paramLabel = "N",
      description = "Quotes of fewer words are fragments, reported statements of fewer words are left out (default: 3).")
  int minimumWords = ClaimExtractor.standard().minimumWords();

  @Override
  public Integer call() {
    ClaimExtractor extractor = extractor(minimumWords);
    if (texts != null && out != null && texts.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new BadInputException("--texts and --out name the same file, " + out + "; give each its own");
    }
    List<ObjectNode> records = new ArrayList<>();
    List<ObjectNode> textRecords = new ArrayList<>();
    for (ArticleFiles.ArticleFile file : ArticleFiles.readFiles(files)) {
      Article article = file.article();
      Offsets.Converter at = offsets.in(article.text());
      List<Claim> claims = extractor.extract(article);
      for (Claim c : claims) {
        records.add(toJson(c, article.text(), at));
      }
      if (claims.isEmpty()) {
        main.err().println("claimcompare extract: " + noClaims(file, at.offset(article.text().length())));
      }
      textRecords.add(JsonLines.MAPPER.createObjectNode().put("source", article.source()).put("text", article.text()));
    }
    if (texts != null) {
      main.write(texts, JsonLines.write(textRecords));
    }
    main.write(out, JsonLines.write(records));
    return 0;
  }

  /** The line said for a file in which no claim is found, {@code length} its text's length in the chosen unit. */
  static String noClaims(ArticleFiles.ArticleFile file, int length) {
    if (length == 0) {
      return file.file() + ": no claims: the file is empty";
    }
    return String.format(Locale.ROOT, "%s: no claims found in its %,d %s of text%s", file.file(), length,
        length == 1 ? "character" : "characters",
        file.format() == ArticleFormat.HTML ? " (taken from the HTML page; --texts FILE writes it)" : "");
  }

  /** The extractor with the minimum a user gave, refused with a message naming the option. */
  static ClaimExtractor extractor(int minimumWords) {
    return ClaimExtractor.standard().withMinimumWords(MinimumWords.checked(minimumWords));
  }

  /**
   * A claim of the article {@code text} as JSON, every offset (the claim's, its cue's, its
   * speaker's mention's) converted by {@code at}.
   */
  static ObjectNode toJson(Claim c, String text, Offsets.Converter at) {
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("id", c.id());
    o.put("source", c.source().orElse(""));
    Span span = at.span(c.span().orElseThrow());
    o.put("start", span.start());
    o.put("end", span.end());
    o.put("text", c.text());
    c.kind().ifPresent(k -> o.put("kind", k.label()));
    c.speaker().ifPresent(s -> o.put("speaker", s));
    c.cue().ifPresent(cue -> o.set("cue", part(cue, text, at)));
    c.speakerMention().ifPresent(m -> o.set("speaker_mention", part(m, text, at)));
    return o;
  }

  /** A span of the article as {"start", "end", "text"}, its offsets converted by {@code at}. */
  private static ObjectNode part(Span span, String text, Offsets.Converter at) {
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    Span converted = at.span(span);
    o.put("start", converted.start());
    o.put("end", converted.end());
    o.put("text", span.of(text));
    return o;
  }
}
