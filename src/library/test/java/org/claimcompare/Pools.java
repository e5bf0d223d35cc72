package org.claimcompare;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/** Runs a test's work in a given fork-join pool, so that the library's parallel steps use that pool's threads. */
final class Pools {
  private Pools() {}

  /** Calls {@code task} in {@code pool} and returns its result, rethrowing what it threw as it was. */
  static <T> T callIn(ForkJoinPool pool, Callable<T> task) {
    try {
      return pool.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    }
  }
}
