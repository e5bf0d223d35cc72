package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynonymsTest {
  private final Stems stems = new Stems();

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      gang       | bunch      | true
      buy        | purchase   | true
      begin      | start      | true
      # inflected forms find their lemma's synsets through the stem
      helping    | assisted   | true
      # related but different: not synonyms
      man        | woman      | false
      guitar     | flute      | false
      # irregular forms are not lemmatised: "bought" is not filed under "buy"
      purchased  | bought     | false
      # not in WordNet
      zelensky   | putin      | false
      """)
  void findsSynonymsThatShareAFrequentSense(String a, String b, boolean synonyms) {
    Synonyms wordNet = Synonyms.wordNet();
    assertThat(Synonyms.share(wordNet.synsets(stems.of(a)), wordNet.synsets(stems.of(b)))).isEqualTo(synonyms);
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      1 3 5   | 2 4 6   | false
      1 3 5   | 5 7     | true
      ''      | 1       | false
      2       | 1 2 3   | true
      """)
  void sharesWhenTwoSortedArraysHaveACommonKey(String x, String y, boolean shared) {
    assertThat(Synonyms.share(ints(x), ints(y))).isEqualTo(shared);
  }

  private static int[] ints(String s) {
    return s.isBlank() ? new int[0] : java.util.Arrays.stream(s.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
  }
}
