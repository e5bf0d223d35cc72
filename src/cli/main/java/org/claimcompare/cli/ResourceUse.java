package org.claimcompare.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * What a run has cost: the time it took, the processor time of the whole process, and the peak of
 * the Java heap. {@link #toString()} is the end of the closing summary:
 * {@code in 41.2 s (CPU 75.3 s), peak heap 1,234 MiB}. A figure the JVM does not report is left out.
 *
 * @param wallNanos the time taken, in nanoseconds
 * @param cpuNanos the processor time of the process (every thread, the JVM's own included), if the JVM reports it
 * @param peakHeapBytes the sum of the heap memory pools' peak use, if the JVM reports it: at least the heap's
 *     peak, and more when the pools peaked at different times
 */
record ResourceUse(long wallNanos, OptionalLong cpuNanos, OptionalLong peakHeapBytes) {
  /** The cost of the run that started at {@code startNanos} ({@link System#nanoTime()}) until {@code nowNanos}. */
  static ResourceUse since(long startNanos, long nowNanos) {
    return new ResourceUse(nowNanos - startNanos, measureCpuNanos(), measurePeakHeapBytes());
  }

  private static OptionalLong measureCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      long cpu = sun.getProcessCpuTime();
      return cpu >= 0 ? OptionalLong.of(cpu) : OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  private static OptionalLong measurePeakHeapBytes() {
    long sum = 0;
    boolean any = false;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
        any = true;
      }
    }
    return any ? OptionalLong.of(sum) : OptionalLong.empty();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("in ").append(Durations.elapsed(wallNanos));
    cpuNanos.ifPresent(cpu -> s.append(" (CPU ").append(Durations.elapsed(cpu)).append(')'));
    peakHeapBytes.ifPresent(heap -> s.append(String.format(Locale.ROOT, ", peak heap %,d MiB", heap >> 20)));
    return s.toString();
  }
}
