package org.claimcompare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimcompare.Article;
import org.claimcompare.Claim;
import org.claimcompare.Claims;
import org.claimcompare.Similarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-text steps of the facade: normalise a paragraph, score one pair, extract one article;
 * and the inputs that once made them blow up: a text of 200,000 repeated words scored against
 * itself, and a megabyte of prose in one paragraph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextBenchmark {
  /** A seed article; the working directory is the project folder under {@code exec:exec}. */
  static final Path ARTICLE = Path.of("seeds", "003_132da52d3fb1cac6.txt");

  // Two sentence-length renderings of one statement, as two outlets might translate it.
  static final String SENTENCE_A =
      "“We will not give up our land, and we will defend Kyiv until the very end,” the president said on Friday.";
  static final String SENTENCE_B =
      "The president said on Friday that they would not give up their land and would defend Kiev to the end.";

  static final String PARAGRAPH =
      "All eyes are still on Ukraine at this hour, where the full-scale invasion launched early Thursday"
          + " morning by Russian President Vladimir Putin is in a decisive stage. In the coming days or hours,"
          + " the country’s capital, Kiev, could fall into the hands of Russia, whose military campaign has"
          + " killed at least 137 Ukrainians. “Take power into your own hands,” Putin told the Ukrainian"
          + " army on Friday, calling for the demilitarisation of the country; the Élysée called it “unacceptable”.";

  /** 200,000 words, all the same: quadratic to align before the alignment worked on forms. */
  static final String REPEATED = "power ".repeat(200_000);

  Article article;
  Article oneParagraph;

  /** Reads the seed articles once, outside the measurement. */
  @Setup
  public void readArticle() throws IOException {
    article = Claims.article(ARTICLE.getFileName().toString(), Files.readString(ARTICLE, StandardCharsets.UTF_8));
    oneParagraph = Claims.article("one-paragraph", oneParagraph(Files.readString(ARTICLE, StandardCharsets.UTF_8)));
  }

  /** The article's lines joined by spaces and repeated to a megabyte: one paragraph. */
  static String oneParagraph(String text) {
    String line = String.join(" ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    StringBuilder out = new StringBuilder();
    while (out.length() < 1 << 20) {
      out.append(line).append(' ');
    }
    return out.toString().strip();
  }

  /** {@code Claims.similarity} on two sentence-length renderings, explanation included. */
  @Benchmark
  public Similarity similarity() {
    return Claims.similarity(SENTENCE_A, SENTENCE_B);
  }

  /** {@code Claims.normalize} on a paragraph of about 80 words. */
  @Benchmark
  public String normalize() {
    return Claims.normalize(PARAGRAPH);
  }

  /** {@code Claims.extract} on a 7.5 kB seed article. */
  @Benchmark
  public List<Claim> extract() {
    return Claims.extract(article);
  }

  /** {@code Claims.similarity} of 200,000 repeated words with themselves. */
  @Benchmark
  public Similarity similarityRepeated() {
    return Claims.similarity(REPEATED, REPEATED);
  }

  /** {@code Claims.extract} on a megabyte of the seed article's prose in one paragraph. */
  @Benchmark
  public List<Claim> extractOneParagraph() {
    return Claims.extract(oneParagraph);
  }
}
