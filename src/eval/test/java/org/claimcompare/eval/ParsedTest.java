package org.claimcompare.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedTest {
  @Test
  void isValidOnlyWithoutProblems() {
    assertThat(new Parsed<>(List.of("a"), List.of()).valid()).isTrue();
    assertThat(new Parsed<>(List.of("a"), List.of("f: line 2: bad")).valid()).isFalse();
  }

  @Test
  void copiesItsListsAndSummarises() {
    List<String> values = new ArrayList<>(List.of("a", "b"));
    Parsed<String> parsed = new Parsed<>(values, List.of("f: line 3: bad"));
    values.clear();

    assertThat(parsed.values()).containsExactly("a", "b");
    assertThat(parsed).hasToString("Parsed[2 values, 1 problems]");
  }
}
