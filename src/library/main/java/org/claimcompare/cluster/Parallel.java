package org.claimcompare.cluster;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Work spread over the cores by claiming: each core takes the next task as it finishes one.
 *
 * <p>A parallel stream over a range splits it into a few parts fixed in advance (four on two
 * cores), so tasks of unequal cost (the largest clusters first, or chunks of pairs that score
 * slower) leave a core idle while the other finishes its part. Claiming balances to within one
 * task, and takes the tasks in order, so that tasks sorted largest first are scheduled longest
 * first.
 */
final class Parallel {
  private Parallel() {}

  /**
   * How many parts to split work into so that every core has one: the common pool's threads and
   * the calling thread, at most 8.
   */
  static int parts() {
    return Math.min(8, ForkJoinPool.getCommonPoolParallelism() + 1);
  }

  /**
   * Runs {@code task} for each of {@code 0} to {@code count - 1}, on the calling thread and the
   * common pool's, each claiming the next number; returns when all have run. An exception in a task
   * stops the others' claiming and is rethrown, the same object, once every task already claimed
   * has ended: nothing runs on after this method returns or throws. Exceptions in other tasks at the
   * same time are added to it as suppressed.
   */
  static void forEach(int count, IntConsumer task) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      for (int k = next.getAndIncrement(); k < count; k = next.getAndIncrement()) {
        try {
          task.accept(k);
        } catch (RuntimeException | Error e) {
          next.set(count);
          if (!failure.compareAndSet(null, e)) {
            failure.get().addSuppressed(e);
          }
          return;
        }
      }
    };
    int helpers = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1) - 1;
    ForkJoinTask<?>[] forked = new ForkJoinTask<?>[Math.max(0, helpers)];
    for (int h = 0; h < forked.length; h++) {
      forked[h] = ForkJoinTask.adapt(worker).fork();
    }
    worker.run();
    for (ForkJoinTask<?> f : forked) {
      f.join();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t != null) {
      throw (Error) t;
    }
  }
}
