package org.claimcompare.score;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * English stems from the Snowball (Porter 2) stemmer of Apache OpenNLP: "agreements" and
 * "agreement" share the stem {@code agreement}, "sending" and "send" the stem {@code send}.
 *
 * <p>OpenNLP's stemmer keeps state while it works, so each {@code Stems} owns one and is used by
 * one thread at a time; create one per task. Words with digits are their own stems.
 */
final class Stems {
  private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);

  String of(String form) {
    for (int k = 0; k < form.length(); k++) {
      if (Character.isDigit(form.charAt(k))) {
        return form;
      }
    }
    return stemmer.stem(form).toString();
  }
}
