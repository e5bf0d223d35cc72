package org.claimcompare.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.extract.ClaimExtractor;
import org.claimcompare.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code extract}: article files in, claims out as JSON Lines. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Extract quotes and reported statements from article files (UTF-8 text).",
      "Out: one claim per line, {\"id\", \"source\", \"start\", \"end\", \"text\", \"kind\": \"quote\"|\"reported\","
          + " \"speaker\"?}; text equals the article's characters [start, end)."
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files, or folders of them.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "FILE", description = "Write JSON Lines to FILE (default: standard output).")
  Path out;

  @Mixin OffsetsOption offsets;

  @Option(names = "--min-words", paramLabel = "N",
      description = "Quotes of fewer words are fragments, reported statements of fewer words are left out (default: 3).")
  int minimumWords = ClaimExtractor.standard().minimumWords();

  @Override
  public Integer call() {
    ClaimExtractor extractor = extractor(minimumWords);
    Offsets unit = offsets.offsets();
    List<ObjectNode> records = new ArrayList<>();
    for (Article article : ArticleFiles.read(files)) {
      Offsets.Converter at = unit.in(article.text());
      for (Claim c : extractor.extract(article)) {
        records.add(toJson(c, article.text(), at));
      }
    }
    main.write(out, JsonLines.write(records));
    return 0;
  }

  /** The extractor with the minimum a user gave, refused with a message naming the option. */
  static ClaimExtractor extractor(int minimumWords) {
    if (minimumWords < 1) {
      throw new BadInputException("--min-words must be at least 1: " + minimumWords);
    }
    return ClaimExtractor.standard().withMinimumWords(minimumWords);
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
