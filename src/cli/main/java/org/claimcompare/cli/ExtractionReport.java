package org.claimcompare.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimcompare.Claim;
import org.claimcompare.Claims;
import org.claimcompare.eval.AttributionGold;
import org.claimcompare.eval.ExtractionError;
import org.claimcompare.eval.ExtractionEvaluation;
import org.claimcompare.eval.ExtractionScore;
import org.claimcompare.eval.ExtractionTask;
import org.claimcompare.eval.ResultTable;

/**
 * {@code eval extract}: runs the library's extractor on every article of the gold and measures it,
 * a row per task and word filter; on request, the first errors of each kind for error analysis.
 */
final class ExtractionReport {
  /** The word filter of the extra quote row: short quotes are often fragments, hard to tell from claims. */
  static final int LONG_QUOTE_WORDS = 3;

  private final List<AttributionGold> gold;
  private final Map<String, List<Claim>> predictions = new LinkedHashMap<>();

  ExtractionReport(List<AttributionGold> gold) {
    this.gold = gold;
    for (AttributionGold g : gold) {
      predictions.put(g.document(), Claims.extract(Claims.article(g.document(), g.text())));
    }
  }

  /**
   * The table: for {@code tasks} in order, a row at {@code minWords} and, for quotes when it is
   * below {@value #LONG_QUOTE_WORDS}, one of quotes of that many words or more.
   */
  ResultTable table(List<ExtractionTask> tasks, int minWords) {
    Map<String, ExtractionScore> rows = new LinkedHashMap<>();
    for (ExtractionTask task : tasks) {
      rows.put(rowName(task, minWords), score(task, minWords));
      if (task == ExtractionTask.QUOTE && minWords < LONG_QUOTE_WORDS) {
        rows.put(rowName(task, LONG_QUOTE_WORDS), score(task, LONG_QUOTE_WORDS));
      }
    }
    return ExtractionEvaluation.table(gold.size(), rows);
  }

  private ExtractionScore score(ExtractionTask task, int minWords) {
    return ExtractionEvaluation.score(gold, predictions, task, minWords);
  }

  static String rowName(ExtractionTask task, int minWords) {
    String name = task == ExtractionTask.QUOTE ? "quotes" : "reported";
    return minWords == 0 ? name : name + ", " + minWords + "+ words";
  }

  /**
   * The first {@code n} errors of each kind for each task, under a heading that gives their number:
   * {@code quotes: false positives, 3 of 45}; as Markdown, a list under a paragraph.
   */
  String examples(List<ExtractionTask> tasks, int minWords, int n, boolean markdown) {
    StringBuilder s = new StringBuilder();
    for (ExtractionTask task : tasks) {
      Map<ExtractionError.Kind, List<ExtractionError>> byKind = new EnumMap<>(ExtractionError.Kind.class);
      for (ExtractionError e : ExtractionEvaluation.errors(gold, predictions, task, minWords)) {
        byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
      }
      if (byKind.isEmpty()) {
        s.append('\n').append(rowName(task, minWords)).append(": no errors\n");
      }
      byKind.forEach((kind, errors) -> {
        List<ExtractionError> shown = errors.subList(0, Math.min(n, errors.size()));
        s.append('\n').append(rowName(task, minWords)).append(": ").append(kindName(kind)).append(", ")
            .append(shown.size()).append(" of ").append(errors.size()).append(markdown ? "\n\n" : "\n");
        shown.forEach(e -> s.append(markdown ? "- " : "  ").append(e.describe()).append('\n'));
      });
    }
    return s.toString();
  }

  private static String kindName(ExtractionError.Kind kind) {
    return switch (kind) {
      case BOUNDARY -> "boundaries (overlap but no exact match)";
      default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s";
    };
  }
}
