package org.claimcompare.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A problem the user can act on, reported without a stack trace and with exit status 2: bad input
 * or options, or a file or stream that cannot be read or written. The messages name where and what
 * is wrong.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  BadInputException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  BadInputException(String problem) {
    this(List.of(problem));
  }

  List<String> problems() {
    return problems;
  }
}
