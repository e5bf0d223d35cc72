package org.claimcompare.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcompare.Claim;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;

/**
 * What part of claim extraction is measured: which predicted claims against which gold items.
 *
 * <p>Immutable and thread-safe.
 */
public enum ExtractionTask {
  /** Direct quotes: claims of kind quote or fragment against the gold's {@link GoldQuote}s. */
  QUOTE(Set.of(ClaimKind.QUOTE, ClaimKind.FRAGMENT)),
  /** Reported speech: claims of kind reported against contents whose quoting is indirect or mixed. */
  REPORTED(Set.of(ClaimKind.REPORTED));

  private final Set<ClaimKind> kinds;

  ExtractionTask(Set<ClaimKind> kinds) {
    this.kinds = kinds;
  }

  /**
   * Returns the name used on the command line.
   *
   * @return {@code quote} or {@code reported}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether a predicted claim takes part: it has a span and a kind of this task.
   *
   * @param claim an extracted claim
   * @return whether it is measured
   */
  public boolean predicts(Claim claim) {
    return claim.span().isPresent() && claim.kind().map(kinds::contains).orElse(false);
  }

  /** The gold items of this task in one article, in file order. */
  List<Item> gold(AttributionGold gold) {
    List<Item> items = new ArrayList<>();
    if (this == QUOTE) {
      gold.quotes().forEach(q -> items.add(new Item(q.span(), q.speaker())));
    } else {
      gold.contents().stream().filter(c -> c.quoting() != Quoting.DIRECT)
          .forEach(c -> items.add(new Item(c.span(), c.speaker())));
    }
    return items;
  }

  /** A span to match, with its speaker (empty when none is given). */
  record Item(Span span, String speaker) {}
}
