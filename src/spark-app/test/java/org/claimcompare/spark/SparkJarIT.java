package org.claimcompare.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.claimcompare.Claim;
import org.claimcompare.ClaimKind;
import org.claimcompare.Claims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code target/claimcompare-spark.jar}, run as the README runs it. */
class SparkJarIT {
  private static final Path JAR = Path.of(System.getProperty("claimcompare.spark.jar"));
  private static final Path CLI = Path.of(System.getProperty("claimcompare.cli.jar"));

  @Test
  void writesWhatTheCommandLineWritesWithoutFlags(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("claims.jsonl");
    Files.write(in, seedClaims(), StandardCharsets.UTF_8);
    Path spark = dir.resolve("spark.jsonl");
    Path cli = dir.resolve("cli.jsonl");
    assertThat(run(dir, "-jar", JAR.toString(), "cluster", "--master", "local[2]", "--in", in.toString(),
        "--out", spark.toString())).isZero();
    assertThat(run(dir, "-jar", CLI.toString(), "cluster", "--progress", "none", "--in", in.toString(),
        "--out", cli.toString())).isZero();
    assertThat(Files.readAllLines(spark, StandardCharsets.UTF_8))
        .hasSizeGreaterThan(20).isEqualTo(Files.readAllLines(cli, StandardCharsets.UTF_8));
  }

  @Test
  void namesEveryBadLine(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("claims.jsonl");
    Files.writeString(in, "{\"id\": \"a\", \"text\": \"fine\"}\n{\"id\": 3, \"text\": \"x\"}\nnot json\n");
    Path err = dir.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(java(), "-jar", JAR.toString(), "cluster", "--master", "local[1]",
        "--in", in.toString(), "--out", dir.resolve("out.jsonl").toString())
        .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readString(err)).contains("line 2: field \"id\" must be a non-blank string")
        .contains("line 3: not valid JSON");
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }

  @Test
  void holdsSparkAndOpensTheJdkToIt() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("org.claimcompare.spark.SparkMain");
      assertThat(jar.getManifest().getMainAttributes().getValue("Add-Opens")).contains("java.base/sun.nio.ch");
      assertThat(jar.getEntry("org/apache/spark/sql/SparkSession.class")).isNotNull();
      assertThat(jar.getEntry("org/claimcompare/cluster/ClusterSteps.class")).isNotNull();
    }
  }

  private static List<String> seedClaims() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (Claim c : Claims.extract(Claims.article(file.getFileName().toString(), text))) {
          ObjectNode o = mapper.createObjectNode().put("id", c.id()).put("text", c.text());
          c.speaker().ifPresent(s -> o.put("speaker", s));
          c.kind().map(ClaimKind::label).ifPresent(k -> o.put("kind", k));
          lines.add(mapper.writeValueAsString(o));
        }
      }
    }
    return lines;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int run(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile()).start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    if (p.exitValue() != 0) {
      System.err.println(Files.readString(dir.resolve("err.txt")));
    }
    return p.exitValue();
  }
}
