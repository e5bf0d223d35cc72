package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.claimcompare.Claim;
import org.claimcompare.Span;
import org.jspecify.annotations.Nullable;

/**
 * Measures claim extraction against attribution gold, reproducing the reference script
 * {@code extract_score.py} (PolNeAR's {@code tools/}) figure for figure. Per article, then summed:
 *
 * <ul>
 *   <li><b>exact</b>: one-to-one matches of spans that are equal once trimmed, at both ends, of white
 *       space, quotation marks and {@code , . ; : ! ? … — – -} (so marks and punctuation inside or
 *       outside a quote agree); each prediction in order takes the first unmatched gold item.
 *   <li><b>overlap</b>: one-to-one matches of a predicted and a gold span that share word tokens
 *       amounting to at least half of the longer one's; greedy, best first (highest share, then most
 *       shared words, then the earliest prediction, then the earliest gold item).
 *   <li><b>tokens</b> (Citron et al.'s): precision is the share of word tokens inside predicted spans
 *       that are inside gold spans, recall the converse.
 *   <li><b>speaker</b>: over overlap matches whose gold Source has a head name (not empty, not a
 *       pronoun-like word), the share whose predicted speaker names it ({@link HeadName}); and the
 *       share that got a speaker at all.
 * </ul>
 *
 * <p>Word tokens are the script's, Python's {@code \w+(?:['’]\w+)*} ({@link PythonText}), found in
 * each trimmed span; with {@code minWords} above 0, gold and predicted spans of fewer words are left
 * out alike. Which claims and which gold items take part is the {@link ExtractionTask}'s choice.
 *
 * <p>{@link #score} counts; {@link #errors} lists the errors behind the counts, by the same code.
 * {@code O(p·g·w)} per article for p predictions and g gold items of up to w words. Thread-safe: it
 * keeps no state.
 */
public final class ExtractionEvaluation {
  /** What the script trims from both ends of a span before comparing. */
  private static final String TRIM = " \t\r\n\u00a0“”\"‘’'`,.;:!?…—–-";
  private static final List<String> HEADER = List.of("items", "gold", "predicted", "exact P/R/F1",
      "overlap P/R/F1", "tokens P/R/F1", "speaker", "of", "speaker given");

  private ExtractionEvaluation() {}

  /**
   * Scores the predictions of every article against its gold.
   *
   * @param gold the gold of every article measured
   * @param predictions the claims extracted from each article, by document name; an article without
   *     an entry has none; claims with no span or of another task's kinds are left out
   * @param task which claims against which gold items
   * @param minWords the fewest words a span needs to be counted, 0 for all
   * @return the counts and measures
   */
  public static ExtractionScore score(List<AttributionGold> gold, Map<String, List<Claim>> predictions,
      ExtractionTask task, int minWords) {
    Counts counts = new Counts();
    evaluate(gold, predictions, task, minWords, counts, null);
    return counts.score(task, minWords);
  }

  /**
   * Lists the errors behind {@link #score} with the same arguments: false positives and boundary
   * errors in prediction order, false negatives in gold order, wrong speakers in match order,
   * articles in name order. There are as many false positives as {@code predicted - overlap}, false
   * negatives as {@code gold - overlap}, boundary errors as overlap matches whose prediction has no
   * exact match, and wrong speakers as {@code speakerChecked - speakerCorrect}.
   *
   * @param gold the gold of every article measured
   * @param predictions the claims extracted from each article, by document name
   * @param task which claims against which gold items
   * @param minWords the fewest words a span needs to be counted, 0 for all
   * @return the errors
   */
  public static List<ExtractionError> errors(List<AttributionGold> gold, Map<String, List<Claim>> predictions,
      ExtractionTask task, int minWords) {
    List<ExtractionError> errors = new ArrayList<>();
    evaluate(gold, predictions, task, minWords, new Counts(), errors);
    return errors;
  }

  /**
   * Returns a table with a row per score: gold and predicted counts, exact, overlap and token
   * precision/recall/F1, speaker accuracy, how many matches it is taken over, and the share of them
   * with a speaker given.
   *
   * @param articles how many articles were measured, for the caption
   * @param rows the scores by row name, in row order
   * @return the table
   */
  public static ResultTable table(int articles, Map<String, ExtractionScore> rows) {
    List<List<String>> cells = new ArrayList<>();
    checkNotNull(rows, "rows").forEach((name, s) -> cells.add(List.of(name, Long.toString(s.gold()),
        Long.toString(s.predicted()), s.exactMatch().formatted(), s.overlapMatch().formatted(),
        s.tokens().formatted(), PrecisionRecall.decimal(s.speakerAccuracy()), Long.toString(s.speakerChecked()),
        PrecisionRecall.decimal(s.speakerGivenShare()))));
    String caption = articles + (articles == 1 ? " article" : " articles") + "; quotes: claims of kind quote or fragment against the gold's direct"
        + " quotes; reported: claims of kind reported against contents of class indirect or mixed; exact: equal"
        + " spans once trimmed of spaces, quotation marks and punctuation; overlap: at least half of the longer"
        + " span's words shared; both one-to-one; tokens: word tokens inside the other side's spans; speaker:"
        + " the gold Source's head name in the predicted speaker, of the overlap matches whose Source is a name;"
        + " speaker given: the share of those with any predicted speaker";
    return new ResultTable(caption, 1, HEADER, cells);
  }

  private static void evaluate(List<AttributionGold> gold, Map<String, List<Claim>> predictions,
      ExtractionTask task, int minWords, Counts counts, @Nullable List<ExtractionError> errors) {
    checkNotNull(gold, "gold");
    checkNotNull(predictions, "predictions");
    checkNotNull(task, "task");
    checkArgument(minWords >= 0, "minWords must not be negative: %s", minWords);
    Map<String, AttributionGold> byName = new HashMap<>();
    gold.forEach(g -> checkArgument(byName.put(g.document(), g) == null, "two golds for %s", g.document()));
    predictions.keySet().forEach(d -> checkArgument(byName.containsKey(d), "predictions for %s, which has no gold", d));
    List<AttributionGold> ordered = gold.stream()
        .sorted(Comparator.comparing(AttributionGold::document, ExtractionEvaluation::compareCodePoints)).toList();
    for (AttributionGold g : ordered) {
      List<ExtractionTask.Item> golds = longEnough(g.text(), task.gold(g), minWords);
      List<ExtractionTask.Item> preds = longEnough(g.text(), predicted(g, predictions.getOrDefault(g.document(),
          List.of()), task), minWords);
      new DocumentMatch(g, preds, golds).count(counts, errors);
    }
  }

  private static List<ExtractionTask.Item> predicted(AttributionGold gold, List<Claim> claims, ExtractionTask task) {
    List<ExtractionTask.Item> items = new ArrayList<>();
    for (Claim c : claims) {
      if (task.predicts(c)) {
        Span span = c.span().orElseThrow();
        checkArgument(span.end() <= gold.text().length(), "claim %s's span %s is outside %s", c.id(), span,
            gold.document());
        items.add(new ExtractionTask.Item(span, c.speaker().orElse("")));
      }
    }
    return items;
  }

  private static List<ExtractionTask.Item> longEnough(String text, List<ExtractionTask.Item> items, int minWords) {
    if (minWords == 0) {
      return items;
    }
    return items.stream().filter(i -> {
      Span t = trimmed(text, i.span());
      return PythonText.wordCount(text, t.start(), t.end()) >= minWords;
    }).toList();
  }

  /** The span without the {@link #TRIM} characters at its ends. */
  static Span trimmed(String text, Span span) {
    int s = span.start();
    int e = span.end();
    while (s < e && TRIM.indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    while (e > s && TRIM.indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return new Span(s, e);
  }

  /** Orders names as Python orders strings: by code point, not by UTF-16 unit. */
  private static int compareCodePoints(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }

  /** The matching of one article's predictions and gold items. */
  private static final class DocumentMatch {
    private final AttributionGold gold;
    private final List<ExtractionTask.Item> preds;
    private final List<ExtractionTask.Item> golds;
    private final long[][] predWords;
    private final long[][] goldWords;
    /** For each prediction, its exact and its overlap match's gold index, or -1. */
    private final int[] exactOf;
    private final int[] overlapOf;
    /** The overlap matches as {prediction, gold}, in the order they were made. */
    private final List<int[]> overlaps = new ArrayList<>();

    DocumentMatch(AttributionGold gold, List<ExtractionTask.Item> preds, List<ExtractionTask.Item> golds) {
      this.gold = gold;
      this.preds = preds;
      this.golds = golds;
      this.predWords = words(preds);
      this.goldWords = words(golds);
      this.exactOf = new int[preds.size()];
      this.overlapOf = new int[preds.size()];
      matchExactly();
      matchByOverlap();
    }

    private long[][] words(List<ExtractionTask.Item> items) {
      long[][] words = new long[items.size()][];
      for (int i = 0; i < words.length; i++) {
        Span t = trimmed(gold.text(), items.get(i).span());
        words[i] = PythonText.words(gold.text(), t.start(), t.end());
      }
      return words;
    }

    /** Each prediction in order takes the first gold item, unmatched yet, with the same trimmed span. */
    private void matchExactly() {
      Map<Span, ArrayDeque<Integer>> bySpan = new HashMap<>();
      for (int j = 0; j < golds.size(); j++) {
        bySpan.computeIfAbsent(trimmed(gold.text(), golds.get(j).span()), k -> new ArrayDeque<>()).add(j);
      }
      for (int i = 0; i < preds.size(); i++) {
        ArrayDeque<Integer> same = bySpan.get(trimmed(gold.text(), preds.get(i).span()));
        exactOf[i] = same == null || same.isEmpty() ? -1 : same.poll();
      }
    }

    /**
     * Greedy one-to-one matching, best candidate first: a pair qualifies when the spans share words
     * amounting to at least half of the longer one's; ties go to more shared words, then to the
     * earliest prediction, then to the earliest gold item (the script's sort order).
     */
    private void matchByOverlap() {
      List<Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < preds.size(); i++) {
        for (int j = 0; j < golds.size(); j++) {
          int longer = Math.max(predWords[i].length, goldWords[j].length);
          int shared = PythonText.shared(predWords[i], goldWords[j]);
          if (shared > 0 && 2 * shared >= longer) {
            candidates.add(new Candidate((double) shared / longer, shared, i, j));
          }
        }
      }
      candidates.sort(Candidate.BEST_FIRST);
      Arrays.fill(overlapOf, -1);
      boolean[] goldTaken = new boolean[golds.size()];
      for (Candidate c : candidates) {
        if (overlapOf[c.pred()] < 0 && !goldTaken[c.gold()]) {
          overlapOf[c.pred()] = c.gold();
          goldTaken[c.gold()] = true;
          overlaps.add(new int[] {c.pred(), c.gold()});
        }
      }
    }

    void count(Counts counts, @Nullable List<ExtractionError> errors) {
      counts.predicted += preds.size();
      counts.gold += golds.size();
      counts.exact += Arrays.stream(exactOf).filter(j -> j >= 0).count();
      counts.overlap += overlaps.size();
      long[] allPred = union(predWords);
      long[] allGold = union(goldWords);
      counts.predictedTokens += allPred.length;
      counts.goldTokens += allGold.length;
      counts.sharedTokens += PythonText.shared(allPred, allGold);
      for (int[] m : overlaps) {
        checkSpeaker(m[0], m[1], counts, errors);
      }
      if (errors != null) {
        addMatchErrors(errors);
      }
    }

    private void checkSpeaker(int i, int j, Counts counts, @Nullable List<ExtractionError> errors) {
      Optional<String> head = HeadName.of(golds.get(j).speaker());
      if (head.isEmpty()) {
        counts.speakerSkipped++;
        return;
      }
      String speaker = preds.get(i).speaker();
      boolean named = HeadName.named(head.get(), speaker);
      counts.speakerChecked++;
      counts.speakerGiven += speaker.isEmpty() ? 0 : 1;
      counts.speakerCorrect += named ? 1 : 0;
      if (!named && errors != null) {
        errors.add(error(ExtractionError.Kind.WRONG_SPEAKER, Optional.of(predText(i)), Optional.of(goldText(j)),
            Optional.of(speaker).filter(s -> !s.isEmpty()), Optional.of(golds.get(j).speaker())));
      }
    }

    private void addMatchErrors(List<ExtractionError> errors) {
      boolean[] goldMatched = new boolean[golds.size()];
      for (int i = 0; i < preds.size(); i++) {
        if (overlapOf[i] < 0) {
          errors.add(error(ExtractionError.Kind.FALSE_POSITIVE, Optional.of(predText(i)),
              nearest(predWords[i], goldWords).map(this::goldText), Optional.empty(), Optional.empty()));
        } else {
          goldMatched[overlapOf[i]] = true;
          if (exactOf[i] < 0) {
            errors.add(error(ExtractionError.Kind.BOUNDARY, Optional.of(predText(i)), Optional.of(goldText(overlapOf[i])),
                Optional.empty(), Optional.empty()));
          }
        }
      }
      for (int j = 0; j < golds.size(); j++) {
        if (!goldMatched[j]) {
          errors.add(error(ExtractionError.Kind.FALSE_NEGATIVE, nearest(goldWords[j], predWords).map(this::predText),
              Optional.of(goldText(j)), Optional.empty(), Optional.of(golds.get(j).speaker())));
        }
      }
    }

    private ExtractionError error(ExtractionError.Kind kind, Optional<String> predicted, Optional<String> goldText,
        Optional<String> predictedSpeaker, Optional<String> goldSpeaker) {
      return new ExtractionError(kind, gold.document(), predicted, goldText, predictedSpeaker, goldSpeaker);
    }

    /** The first item on the other side that shares a word with {@code words}. */
    private static Optional<Integer> nearest(long[] words, long[][] others) {
      for (int k = 0; k < others.length; k++) {
        if (PythonText.shared(words, others[k]) > 0) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }

    private String predText(int i) {
      return preds.get(i).span().of(gold.text());
    }

    private String goldText(int j) {
      return golds.get(j).span().of(gold.text());
    }

    private static long[] union(long[][] words) {
      return Arrays.stream(words).flatMapToLong(LongStream::of).sorted().distinct().toArray();
    }
  }

  /** A pair of a prediction and a gold item that may be matched by overlap. */
  private record Candidate(double share, int shared, int pred, int gold) {
    static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::share).reversed()
        .thenComparing(Comparator.comparingInt(Candidate::shared).reversed())
        .thenComparingInt(Candidate::pred).thenComparingInt(Candidate::gold);
  }

  /** The counts summed over the articles. */
  private static final class Counts {
    long predicted;
    long gold;
    long exact;
    long overlap;
    long predictedTokens;
    long goldTokens;
    long sharedTokens;
    long speakerChecked;
    long speakerCorrect;
    long speakerSkipped;
    long speakerGiven;

    ExtractionScore score(ExtractionTask task, int minWords) {
      return new ExtractionScore(task, minWords, predicted, gold, exact, overlap, predictedTokens, goldTokens,
          sharedTokens, speakerChecked, speakerCorrect, speakerSkipped, speakerGiven);
    }
  }
}
