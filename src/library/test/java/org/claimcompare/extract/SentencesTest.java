package org.claimcompare.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected sentences are joined by " | ". */
class SentencesTest {

  private static String split(String text) {
    return Sentences.split(text, 0, text.length()).stream()
        .map(s -> s.of(text))
        .collect(Collectors.joining(" | "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      # Boundaries
      It rained. The match was off.          => It rained. | The match was off.
      Really? Yes! Fine.                     => Really? | Yes! | Fine.
      He said “stop.” Then he left.          => He said “stop.” | Then he left.
      He left. “Stop,” she said.             => He left. | “Stop,” she said.
      In 1941. 1942 was worse.               => In 1941. | 1942 was worse.
      Wait... What happened?                 => Wait... | What happened?
      # No boundary
      It was ahead. host talks.              => It was ahead. host talks.
      Mr. Putin and Mrs. May met.            => Mr. Putin and Mrs. May met.
      Gen. Smith and Dr. Jones met.          => Gen. Smith and Dr. Jones met.
      A U.S. Defense official spoke.         => A U.S. Defense official spoke.
      Posted at 10:33 a.m. Friday.           => Posted at 10:33 a.m. Friday.
      J. R. Smith wrote it.                  => J. R. Smith wrote it.
      The signal… is positive.               => The signal… is positive.
      See No. 5 for details.                 => See No. 5 for details.
      """)
  void splitsAtSentenceEndsOnly(String text, String expected) {
    assertThat(split(text)).isEqualTo(expected);
  }

  @Test
  void endsASentenceOfMoreThanTheMaximumLengthAtItsLastSpace() {
    String words = "word ".repeat(Sentences.MAX_LENGTH) + "end.";
    String letters = "x".repeat(Sentences.MAX_LENGTH + 10);

    assertThat(Sentences.split(words, 0, words.length()))
        .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(Sentences.MAX_LENGTH))
        .first().satisfies(s -> assertThat(s.end()).isEqualTo(Sentences.MAX_LENGTH - 1));
    assertThat(split(letters)).isEqualTo(letters.substring(0, Sentences.MAX_LENGTH) + " | "
        + letters.substring(Sentences.MAX_LENGTH));
  }

  /** {@link ClaimExtractor#sentencesAround}: the sentences of the line that hold a stretch, as a view shows a claim. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // stretch                 | sentences around it
      "bridge had been repaired  | Officials said the bridge had been repaired.",
      "We will not give up       | “We will not give up,” the mayor said.",
      "repaired. Mr. Smith       | Officials said the bridge had been repaired. Mr. Smith agreed on Monday.",
      "Second line               | Second line here."})
  void findsTheSentencesAroundAStretch(String stretch, String expected) {
    String text = "Flooding.\n“We will not give up,” the mayor said. Officials said the bridge had been repaired."
        + " Mr. Smith agreed on Monday.\nSecond line here.";
    int start = text.indexOf(stretch);
    org.claimcompare.Span around = ClaimExtractor.sentencesAround(text, new org.claimcompare.Span(start, start + stretch.length()));
    assertThat(around.of(text)).isEqualTo(expected);
  }

  @Test
  void leavesABlankStretchAsItIs() {
    org.claimcompare.Span blank = new org.claimcompare.Span(4, 5);
    assertThat(ClaimExtractor.sentencesAround("One. Two.", blank)).isEqualTo(blank);
  }
}
