package org.claimcompare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimcompare.Claim;
import org.claimcompare.Claims;
import org.claimcompare.Similarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The inputs that made 0.1 quadratic, at growing sizes, so that the growth can be read off: one
 * word repeated {@code words} times scored against itself, and one paragraph of {@code kilobytes}
 * made of a seed article's paragraphs joined without a break. Issue 8 measured 0.1 at 65 s for 64 k
 * repeated words (1 MB ran out of memory at 6 GB) and at 0.4 s / 3.8 s for extraction from one
 * paragraph of 256 KB / 1 MB. Single-shot: {@code -bm ss -f 1 -wi 1 -i 3 LongInputBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LongInputBenchmark {
  /** One word repeated. */
  @State(Scope.Benchmark)
  public static class Repeated {
    /** How many times the word is repeated. */
    @Param({"16000", "64000", "256000"})
    public int words;

    String text;

    /** Builds the text once, outside the measurement. */
    @Setup
    public void build() {
      text = "power ".repeat(words);
    }
  }

  /** A seed article's paragraphs joined into one, repeated to the size asked for. */
  @State(Scope.Benchmark)
  public static class Paragraph {
    /** The paragraph's size in kilobytes. */
    @Param({"256", "1024"})
    public int kilobytes;

    String text;

    /** Builds the text once, outside the measurement. */
    @Setup
    public void build() throws IOException {
      String article = Files.readString(TextBenchmark.ARTICLE, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ");
      StringBuilder out = new StringBuilder(kilobytes * 1024 + article.length());
      while (out.length() < kilobytes * 1024) {
        out.append(article).append(' ');
      }
      text = out.toString();
    }
  }

  /** {@code Claims.similarity} of the repeated word with itself. */
  @Benchmark
  public Similarity similarityOfRepeatedWords(Repeated input) {
    return Claims.similarity(input.text, input.text);
  }

  /** {@code Claims.extract} of the one long paragraph. */
  @Benchmark
  public List<Claim> extractOneLongParagraph(Paragraph input) {
    return Claims.extract(Claims.article("long.txt", input.text));
  }
}
