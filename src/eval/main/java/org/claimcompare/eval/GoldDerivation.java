package org.claimcompare.eval;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimcompare.Span;

/**
 * Derives the gold of claim extraction from annotated attributions, as PolNeAR's {@code gold.jsonl}
 * was derived from its brat files (see {@link QuoteStretches} for how closely):
 * <ul>
 *   <li>every attribution with a content gives a {@link GoldContent}: its pieces in order, its span
 *       from the first piece's start to the last piece's end, and its {@link Quoting} by how many of
 *       its words (the script's words, found in each piece) lie wholly inside a
 *       {@linkplain QuoteStretches quote stretch};
 *   <li>every quote stretch at least half of whose words lie wholly inside the pieces of one content
 *       gives a {@link GoldQuote} with that attribution's Source; where several contents qualify, the
 *       one with the most such words, the first in file order if tied.
 * </ul>
 *
 * <p>{@code O(n + q·c·w)} for a text of length n with q stretches of up to w words and c contents.
 * Thread-safe: it keeps no state.
 */
final class GoldDerivation {
  /** One annotated attribution: its content's pieces (UTF-16, any order) and its Source and Cue as written. */
  record Attribution(String id, List<Span> content, String speaker, String cue) {
    Attribution {
      content = ImmutableList.copyOf(content);
    }
  }

  private static final Comparator<Span> BY_OFFSETS = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

  private GoldDerivation() {}

  /** The gold of one article: contents in the order of {@code attributions}, quotes in text order. */
  static AttributionGold derive(String document, String text, List<Attribution> attributions) {
    List<QuoteStretches.Stretch> stretches = QuoteStretches.of(text);
    BitSet quoted = QuoteStretches.inside(stretches);
    List<GoldContent> contents = new ArrayList<>();
    for (Attribution a : attributions) {
      if (!a.content().isEmpty()) {
        contents.add(content(text, a, quoted));
      }
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (QuoteStretches.Stretch s : stretches) {
      quote(text, s, contents).ifPresent(quotes::add);
    }
    return new AttributionGold(document, text, contents, quotes);
  }

  private static GoldContent content(String text, Attribution a, BitSet quoted) {
    List<Span> pieces = a.content().stream().sorted(BY_OFFSETS).toList();
    int words = 0;
    int inside = 0;
    for (Span p : pieces) {
      for (long w : PythonText.words(text, p.start(), p.end())) {
        words++;
        inside += quoted.nextClearBit(PythonText.start(w)) >= PythonText.end(w) ? 1 : 0;
      }
    }
    int end = pieces.stream().mapToInt(Span::end).max().orElseThrow();
    return new GoldContent(new Span(pieces.get(0).start(), end), pieces, Quoting.of(inside, words), a.speaker(),
        a.cue(), a.id());
  }

  private static Optional<GoldQuote> quote(String text, QuoteStretches.Stretch s, List<GoldContent> contents) {
    long[] words = PythonText.words(text, s.span().start(), s.span().end());
    GoldContent best = null;
    int most = 0;
    for (GoldContent c : contents) {
      int n = wordsWithin(words, c.fragments());
      if (n > most) {
        best = c;
        most = n;
      }
    }
    if (best == null || 2 * most < words.length) {
      return Optional.empty();
    }
    return Optional.of(new GoldQuote(s.span(), best.speaker(), best.attribution(),
        Optional.of(best.quoting()), s.unclosed()));
  }

  /** How many of the words lie wholly inside one of the pieces. */
  private static int wordsWithin(long[] words, List<Span> pieces) {
    int n = 0;
    for (long w : words) {
      for (Span p : pieces) {
        if (p.start() <= PythonText.start(w) && PythonText.end(w) <= p.end()) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
