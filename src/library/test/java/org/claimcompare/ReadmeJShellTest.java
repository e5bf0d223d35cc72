package org.claimcompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates the README's JShell transcript with {@code jdk.jshell}, so that the example cannot
 * rot: each {@code jshell>} input must evaluate without error and print the output shown under it
 * (where the jshell tool shortens a long value to {@code start ... end}, both ends must match).
 */
class ReadmeJShellTest {
  private static final java.util.regex.Pattern RESULT = java.util.regex.Pattern.compile("^(\\S+) ==> (.*)$");
  private static JShell shell;

  /** One input of the transcript and the output the README shows for it (possibly empty). */
  record Step(String input, String expected) {
    @Override
    public String toString() {
      return input;
    }
  }

  @BeforeAll
  static void startShell() {
    shell = JShell.builder().executionEngine("local").build();
    shell.addToClasspath(System.getProperty("java.class.path"));
    // The imports of the jshell tool's DEFAULT startup script, which the API does not run.
    for (String p : List.of("java.io", "java.math", "java.net", "java.nio.file", "java.util",
        "java.util.concurrent", "java.util.function", "java.util.prefs", "java.util.regex", "java.util.stream")) {
      shell.eval("import " + p + ".*;");
    }
  }

  @AfterAll
  static void stopShell() {
    shell.close();
  }

  static List<Step> transcript() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    List<Step> steps = new ArrayList<>();
    boolean inBlock = false;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inBlock = line.equals("```jshell");
      } else if (inBlock && line.startsWith("jshell> ")) {
        steps.add(new Step(line.substring("jshell> ".length()), ""));
      } else if (inBlock && !line.isBlank() && !steps.isEmpty()) {
        Step last = steps.remove(steps.size() - 1);
        steps.add(new Step(last.input(), last.expected().isEmpty() ? line : last.expected() + "\n" + line));
      }
    }
    return steps;
  }

  @Test
  void readmeHasATranscript() throws IOException {
    assertThat(transcript()).hasSizeGreaterThanOrEqualTo(5);
  }

  static Stream<Step> steps() throws IOException {
    return transcript().stream();
  }

  @ParameterizedTest
  @MethodSource("steps")
  void printsWhatTheReadmeShows(Step step) {
    // Like the tool, complete an input that lacks its final semicolon.
    String source = shell.sourceCodeAnalysis().analyzeCompletion(step.input()).source();
    List<SnippetEvent> events = shell.eval(source == null ? step.input() : source);
    assertThat(events).as("events of %s", step.input()).isNotEmpty();
    SnippetEvent event = events.get(0);
    assertThat(event.exception()).as("exception of %s", step.input()).isNull();
    assertThat(event.status()).as("status of %s: %s", step.input(),
        shell.diagnostics(event.snippet()).map(d -> d.getMessage(java.util.Locale.ROOT)).toList())
        .isEqualTo(Snippet.Status.VALID);
    if (step.expected().isEmpty()) {
      return;
    }
    Matcher m = RESULT.matcher(step.expected());
    assertThat(m.matches()).as("README output of %s looks like 'name ==> value'", step.input()).isTrue();
    String shown = m.group(2);
    int cut = shown.indexOf(" ... ");
    if (cut < 0) {
      assertThat(event.value()).as("value of %s", step.input()).isEqualTo(shown);
    } else {
      // The jshell tool shortens long values in the middle, as the README shows them.
      assertThat(event.value()).as("value of %s", step.input())
          .startsWith(shown.substring(0, cut))
          .endsWith(shown.substring(cut + " ... ".length()));
    }
  }
}
