package org.claimcompare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A jqwik hook that records every property's run, one tab-separated line each, in the file named
 * by the system property {@value #FILE_PROPERTY}: the property, its tries, the tries that were
 * checked (not discarded), the outcome, the time in seconds, and the sample of a failure. {@code docs/reliability.md} takes its table from
 * these lines. The build names {@code target/property-ledger.tsv}, and {@code
 * target/property-ledger-other-locale.tsv} for the run under another locale; each test JVM starts
 * its file afresh, and without the system property nothing is written.
 *
 * <p>The property's tries are set here too: {@link TriesScale} scales jqwik's default count.
 */
public final class PropertyLedger implements AroundPropertyHook {
  /** The system property naming the ledger file. */
  static final String FILE_PROPERTY = "claimcompare.propertyLedger";

  /** Registered on a test class, the hook applies to the class's properties. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.DIRECT_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    context.findAnnotation(TriesScale.class)
        .ifPresent(scale -> context.attributes().setTries(tries(scale)));
    long start = System.nanoTime();
    PropertyExecutionResult result = property.execute();
    double seconds = (System.nanoTime() - start) / 1e9;
    String file = System.getProperty(FILE_PROPERTY);
    if (file != null && !file.isBlank()) {
      append(Path.of(file), line(context, result, seconds));
    }
    return result;
  }

  @Override
  public int aroundPropertyProximity() {
    // Outside every other hook, so that the time covers the whole run of the property.
    return -100;
  }

  /** The scaled count: jqwik's default (1,000 unless the system property sets it) times the scale. */
  private static int tries(TriesScale scale) {
    return (int) Math.max(1, Math.round(Integer.getInteger("jqwik.tries.default", 1000) * scale.value()));
  }

  private static String line(
      PropertyLifecycleContext context, PropertyExecutionResult result, double seconds) {
    String name = context.containerClass().getSimpleName() + "." + context.targetMethod().getName();
    // A sample that cannot shrink (the first edge case, say) is reported as the original only.
    String sample = result.shrunkSample().map(s -> escape(s.parameters()))
        .or(() -> result.originalSample().map(s -> escape(s.parameters())))
        .or(() -> result.throwable().map(t -> escape(List.of(t.toString()))))
        .orElse("-");
    return String.format(Locale.ROOT, "%s\t%d\t%d\t%s\t%.1f\t%s%n",
        name, result.countTries(), result.countChecks(), result.status(), seconds, sample);
  }

  /** The parameters as Java literals, non-ASCII and control characters escaped, texts cut to 500. */
  private static String escape(List<Object> parameters) {
    return parameters.stream().map(PropertyLedger::literal).collect(Collectors.joining(", "));
  }

  private static String literal(Object value) {
    if (value instanceof Tuple.Tuple2<?, ?> pair) {
      return "(" + literal(pair.get1()) + ", " + literal(pair.get2()) + ")";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(PropertyLedger::literal).collect(Collectors.joining(", ", "[", "]"));
    }
    String text = String.valueOf(value);
    StringBuilder s = new StringBuilder(value instanceof String ? "\"" : "");
    text.chars().limit(500).forEach(c -> s.append(c >= 0x20 && c < 0x7f && c != '\\' && c != '"'
        ? String.valueOf((char) c) : String.format(Locale.ROOT, "\\u%04x", c)));
    s.append(text.length() > 500 ? "…(" + text.length() + " chars)" : "");
    return s.append(value instanceof String ? "\"" : "").toString();
  }

  /** Whether this JVM has written to the ledger yet: the first line replaces a previous run's. */
  private static boolean started;

  private static synchronized void append(Path file, String line) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      StandardOpenOption mode = started ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
      started = true;
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
