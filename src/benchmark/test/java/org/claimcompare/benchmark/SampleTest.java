package org.claimcompare.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTest {
  @TempDir Path dir;

  private Path corpus() throws IOException {
    Path file = dir.resolve("corpus.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(String.join("\n", "g1\tone a", "g2\ttwo a", "g1\tone \"b\"", "g3\tthree a", "g2\ttwo b",
          "g3\tthree b", "g3\tthree c", "").getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  @Test
  void takesWholeGroupsInFileOrder() throws IOException {
    Sample.main(new String[] {corpus().toString(), "1", dir.resolve("s").toString(), "3", "all"});
    List<String> gold = Files.readAllLines(dir.resolve("s/sample-3.gold"));
    assertThat(gold.size()).isGreaterThanOrEqualTo(3);
    for (String group : List.of("g1", "g2", "g3")) {
      long lines = gold.stream().filter(line -> line.endsWith("\t" + group)).count();
      assertThat(lines).isIn(0L, group.equals("g3") ? 3L : 2L);
    }
    assertThat(Files.readAllLines(dir.resolve("s/sample-all.jsonl"))).containsExactly(
        "{\"id\":\"w0\",\"text\":\"one a\"}", "{\"id\":\"w1\",\"text\":\"two a\"}",
        "{\"id\":\"w2\",\"text\":\"one \\\"b\\\"\"}", "{\"id\":\"w3\",\"text\":\"three a\"}",
        "{\"id\":\"w4\",\"text\":\"two b\"}", "{\"id\":\"w5\",\"text\":\"three b\"}",
        "{\"id\":\"w6\",\"text\":\"three c\"}");
  }

  @Test
  void writesTheSameBytesForTheSameSeed() throws IOException {
    Path data = corpus();
    Sample.main(new String[] {data.toString(), "7", dir.resolve("a").toString(), "4"});
    Sample.main(new String[] {data.toString(), "7", dir.resolve("b").toString(), "4"});
    assertThat(Files.readAllBytes(dir.resolve("a/sample-4.jsonl")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b/sample-4.jsonl")));
  }

  @Test
  void leavesOutExcludedGroups() throws IOException {
    Path data = corpus();
    Files.writeString(dir.resolve("ex.gold"), "w0\tg1\nw2\tg1\n");
    Sample.main(new String[] {"--exclude", dir.resolve("ex.gold").toString(), data.toString(), "1",
        dir.resolve("e").toString(), "all"});
    assertThat(Files.readAllLines(dir.resolve("e/sample-all.gold"))).noneMatch(line -> line.endsWith("\tg1"));
  }
}
