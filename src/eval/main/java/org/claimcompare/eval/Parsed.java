package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a reader made of a data file: the records of the valid lines, and one message per problem
 * naming the source and the line ({@code "pairs.tsv: line 3: expected 5 tab-separated columns, got
 * 4"}). Input with any problem should be rejected as a whole.
 *
 * <p>Immutable and thread-safe.
 *
 * @param values the records of the valid lines, in file order
 * @param problems one message per problem, in file order
 * @param <T> the record type
 */
public record Parsed<T>(List<T> values, List<String> problems) {

  /**
   * Copies the lists.
   *
   * @param values see the record description
   * @param problems see the record description
   */
  public Parsed {
    values = ImmutableList.copyOf(checkNotNull(values, "values"));
    problems = ImmutableList.copyOf(checkNotNull(problems, "problems"));
  }

  /**
   * Returns whether the input had no problem.
   *
   * @return {@code true} when {@link #problems()} is empty
   */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** Returns a summary as {@code Parsed[4076 values, 0 problems]}. */
  @Override
  public String toString() {
    return "Parsed[" + values.size() + " values, " + problems.size() + " problems]";
  }
}
