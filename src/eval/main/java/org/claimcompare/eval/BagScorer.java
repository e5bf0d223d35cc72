package org.claimcompare.eval;

import java.util.List;

/**
 * A baseline scorer whose profile of a text is a {@link Bag} of terms; by default two bags are
 * compared by the cosine of their vectors.
 */
abstract class BagScorer extends ProfileScorer<Bag> {

  @Override
  double compare(Bag a, Bag b) {
    return a.vector().cosine(b.vector());
  }

  @Override
  final List<String> words(Bag profile) {
    return profile.words();
  }
}
