package org.claimcompare.score;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The English function words of {@code stopwords.txt}, loaded once from the class path. */
final class StopWords {
  private StopWords() {}

  private static final class Holder {
    static final ImmutableSet<String> WORDS = load();
  }

  static boolean contains(String form) {
    return Holder.WORDS.contains(form);
  }

  private static ImmutableSet<String> load() {
    String text;
    try {
      // Read by our own class: on the module path, only the library's code sees its resources.
      try (InputStream in = Objects.requireNonNull(StopWords.class.getResourceAsStream("stopwords.txt"), "stopwords.txt")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stop word list stopwords.txt", e);
    }
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String line : Splitter.on('\n').split(text)) {
      if (!line.startsWith("#")) {
        words.addAll(Splitter.on(' ').trimResults().omitEmptyStrings().split(line));
      }
    }
    return words.build();
  }
}
