package org.claimcompare.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Temporary. */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * Temporary.
   *
   * @return x
   */
  public static TextNormalizer standard() {
    return new TextNormalizer();
  }

  /**
   * Temporary.
   *
   * @param text t
   * @return x
   */
  public String normalize(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('“', '"').replace('”', '"');
  }

  /**
   * Temporary.
   *
   * @param text t
   * @return x
   */
  public List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    for (String w : normalize(text).split("[^\\p{L}\\p{N}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      String form = w.equals("kiev") ? "kyiv" : w.equals("zelenski") ? "zelensky" : w;
      out.add(new Word(w, form, form.equals(w) ? Optional.empty() : Optional.of(NormalizationStep.ALIASES)));
    }
    return out;
  }
}
