package org.claimcompare;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many tries a property gets, as a multiple of jqwik's default count ({@code
 * jqwik.tries.default}, which the build sets as a system property): an expensive property gets a
 * fraction of it, so that every property of the suite takes a similar share of the time. Read by
 * {@link PropertyLedger}; the count is rounded and at least 1.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface TriesScale {
  /** The multiple of the default count, for example {@code 0.05}. */
  double value();
}
