package org.claimcompare;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged library jar as an embedding application gets it: a named module that exports only
 * its API packages, with no command line or harness inside, and a small consumer program that
 * compiles and runs against it on the module path and on the class path with nothing but the
 * library's declared run-time dependencies, printing nothing but its own output. Runs after
 * {@code package} (Failsafe), since it needs the jar.
 */
class LibraryJarIT {
  private static final String CONSUMER = """
      package consumer;

      import static org.claimcompare.Claims.*;

      import java.util.List;
      import java.util.Locale;
      import org.apache.commons.text.similarity.SimilarityScore;
      import org.claimcompare.score.AlignmentScorer;

      public final class Main {
        public static void main(String[] args) {
          System.out.println(normalize("Kiev\\u2019s demilitarisation"));
          System.out.println(String.format(Locale.ROOT, "%.3f", similarity(
              "this gang of drug addicts and neo-Nazis", "a bunch of drug addicts and neo-Nazis").score()));
          System.out.println(similarity("this gang", "a bunch").pairs().get(0));
          System.out.println(extract(article("a.txt",
              "\\u201cWe will not give up,\\u201d the mayor said.")).get(0).text());
          System.out.println(cluster(List.of(claim("a", "Take power into your own hands"),
              claim("b", "Take the power in your hands"), claim("c", "Grain exports fell in March"))).size());
          SimilarityScore<Double> commonsText = AlignmentScorer.standard().asSimilarityScore();
          System.out.println(commonsText.apply("Zelenski left Kiev", "Zelensky left Kyiv"));
        }
      }
      """;

  private static final List<String> EXPECTED = List.of(
      "kyiv's demilitarization",
      "0.877",
      "gang~bunch (synonym, +0.467)",
      "We will not give up",
      "2",
      "1.0");

  private static Path jar;
  private static List<Path> runtime;

  @TempDir static Path work;

  @BeforeAll
  static void findTheJarAndItsDependencies() throws IOException {
    jar = Path.of(System.getProperty("claimcompare.jar"));
    runtime = Files.readAllLines(Path.of(System.getProperty("claimcompare.runtime.classpath")), UTF_8).stream()
        .flatMap(line -> List.of(line.split(File.pathSeparator)).stream())
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .collect(Collectors.toList());
    assertThat(jar).exists();
  }

  @Test
  void jarHoldsNoCommandLineHarnessOrMainClass() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> entries = Collections.list(file.entries()).stream().map(e -> e.getName()).toList();
      assertThat(entries)
          .contains("module-info.class", "org/claimcompare/Claims.class",
              "org/claimcompare/score/wordnet-3.1-index.tsv.gz", "META-INF/LICENSE-WordNet.txt")
          .noneMatch(e -> e.startsWith("org/claimcompare/cli/") || e.startsWith("org/claimcompare/eval/"));
      assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isNull();
    }
  }

  @Test
  void isANamedModuleExportingOnlyThePipeline() {
    ModuleReference library = ModuleFinder.of(jar).findAll().iterator().next();
    ModuleDescriptor descriptor = library.descriptor();
    assertThat(descriptor.name()).isEqualTo("org.claimcompare");
    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.exports()).map(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
        "org.claimcompare", "org.claimcompare.normalize", "org.claimcompare.extract",
        "org.claimcompare.score", "org.claimcompare.cluster");
    assertThat(descriptor.opens()).isEmpty();
  }

  @Test
  void runtimeDependenciesAreOnlyWhatTheLibraryNeeds() {
    assertThat(runtime).map(p -> p.getFileName().toString())
        .noneMatch(name -> name.startsWith("picocli") || name.startsWith("jackson")
            || name.startsWith("commons-math") || name.startsWith("extjwnl") || name.startsWith("slf4j-nop"));
  }

  @Test
  void consumerRunsOnTheModulePath() throws Exception {
    Path source = work.resolve("module/src");
    write(source.resolve("module-info.java"), "module consumer { requires org.claimcompare; }\n");
    write(source.resolve("consumer/Main.java"), CONSUMER);
    Path classes = work.resolve("module/classes");
    String modulePath = path(jar, runtime);
    compile("--module-path", modulePath, "-d", classes.toString(),
        source.resolve("module-info.java").toString(), source.resolve("consumer/Main.java").toString());

    Run run = java("--module-path", classes + File.pathSeparator + modulePath, "-m", "consumer/consumer.Main");

    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo(EXPECTED);
    assertThat(run.exit()).isZero();
  }

  @Test
  void consumerRunsOnTheClassPathWithTheDeclaredDependenciesOnly() throws Exception {
    Path source = work.resolve("classpath/src");
    write(source.resolve("consumer/Main.java"), CONSUMER);
    Path classes = work.resolve("classpath/classes");
    String classPath = path(jar, runtime);
    compile("--class-path", classPath, "-d", classes.toString(), source.resolve("consumer/Main.java").toString());

    Run run = java("--class-path", classes + File.pathSeparator + classPath, "consumer.Main");

    assertThat(run.stderr()).isEmpty();
    assertThat(run.stdout()).isEqualTo(EXPECTED);
    assertThat(run.exit()).isZero();
  }

  private record Run(int exit, List<String> stdout, String stderr) {}

  private static Run java(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the consumer ends").isTrue();
    return new Run(process.exitValue(), Files.readAllLines(out, UTF_8), Files.readString(err, UTF_8));
  }

  private static void compile(String... args) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, args)).as("javac %s", List.of(args)).isZero();
  }

  private static String path(Path first, List<Path> rest) {
    List<String> all = new ArrayList<>();
    all.add(first.toString());
    rest.forEach(p -> all.add(p.toString()));
    return String.join(File.pathSeparator, all);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
  }
}
