package org.claimcompare.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WordNetIndexTest {
  @Test
  void shippedIndexIsWhatWordNetAndTheStemmerGive() throws Exception {
    // Fails after an upgrade of OpenNLP's stemmer or of the WordNet data until the index is rebuilt
    // (WordNetIndexBuilder's Javadoc has the command).
    assertThat(WordNetIndexBuilder.text(Synonyms.wordNet()))
        .isEqualTo(WordNetIndexBuilder.text(WordNetIndexBuilder.build()));
  }

  @Test
  void readsWhatItWrites() throws IOException {
    Synonyms index = Synonyms.read(new BufferedReader(new StringReader("buy\t4 9\t\nstart\t\t12 40\n")));
    assertThat(index.synsets("buy")).containsExactly(4, 9);
    assertThat(index.related("buy")).isEmpty();
    assertThat(index.related("start")).containsExactly(12, 40);
    assertThat(WordNetIndexBuilder.text(index)).isEqualTo("buy\t4 9\t\nstart\t\t12 40\n");
  }

  @Test
  void rejectsALineWithoutThreeFields() {
    assertThatThrownBy(() -> Synonyms.read(new BufferedReader(new StringReader("buy\t4 9\n"))))
        .isInstanceOf(IOException.class)
        .hasMessage("line 1 of the WordNet index does not have three fields");
  }
}
