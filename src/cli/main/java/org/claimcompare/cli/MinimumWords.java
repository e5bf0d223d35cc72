package org.claimcompare.cli;

/** The {@code --min-words} option that {@code extract} and {@code cluster} share. */
final class MinimumWords {
  private MinimumWords() {}

  /** The minimum a user gave, or a refusal naming the option if it is below 1. */
  static int checked(int minimumWords) {
    if (minimumWords < 1) {
      throw new BadInputException("--min-words must be at least 1: " + minimumWords);
    }
    return minimumWords;
  }
}
