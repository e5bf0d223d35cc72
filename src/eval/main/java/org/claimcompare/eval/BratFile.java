package org.claimcompare.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimcompare.Span;

/**
 * Reads the attributions of a brat standoff file ({@code .ann}) as PolNeAR encodes them: text-bound
 * annotations of types Source, Cue and Content, tied together by one event per attribution.
 *
 * <pre>
 * T1	Source 89 106	The New York Post
 * T2	Cue 107 114	reports
 * T3	Content 115 290	that Hillary Clinton’s team ...
 * T4	Attribution 107 114	reports
 * E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
 * </pre>
 *
 * <ul>
 *   <li>Text-bound: {@code T<n> TAB <type> <start> <end>[;<start> <end>]... TAB <text>}; offsets in
 *       code points, converted to UTF-16; the text must equal the pieces joined by a space, as brat
 *       writes it. A text holding a line break goes on over the following lines, up to the next
 *       annotation or blank line.
 *   <li>Event: {@code E<n> TAB <type>:<trigger> <role>:<T id>...}. Roles {@code Source},
 *       {@code Cue} and {@code Content}, numbered repeats included ({@code Content2}), give the
 *       attribution; other roles are not read. An event without a content gives nothing.
 *   <li>Attributes, normalisations, notes and equivalences ({@code A}, {@code M}, {@code N},
 *       {@code #}, {@code *}) are skipped; relations ({@code R}) are rejected, since attributions
 *       encoded as relations would otherwise be lost without a word.
 * </ul>
 *
 * <p>Thread-safe: it keeps no state.
 */
final class BratFile {
  private static final Pattern TEXT_BOUND = Pattern.compile("(T\\d+)\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\t(.*)");
  private static final Pattern EVENT = Pattern.compile("(E\\d+)\t(\\S+:\\S+(?: +\\S+:\\S+)*) *");
  private static final Pattern ANNOTATION_ID = Pattern.compile("([TERAMN]\\d+|#\\d*|\\*)\t.*");
  private static final Pattern ROLE = Pattern.compile("(Source|Cue|Content)\\d*");

  private BratFile() {}

  /** A text-bound annotation: its pieces in UTF-16 and the line it starts on. */
  private record TextBound(List<Span> pieces, int line) {}

  /** An event, its arguments (the trigger first, as type and id) as role and target id, and its line. */
  private record Event(String id, List<String[]> roles, int line) {}

  /**
   * Reads the attributions of {@code ann}, a brat file on {@code text}.
   *
   * @param source the file's name, for messages
   * @param ann the file's text
   * @param text the article's text
   * @return the attributions in event order, or the problems, each with its line
   */
  static Parsed<GoldDerivation.Attribution> read(String source, String ann, String text) {
    Reader r = new Reader(source, text);
    String[] lines = ann.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
      r.line(n + 1, n == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line);
    }
    r.finishTextBound();
    return r.attributions();
  }

  /** The reading of one file: what it has read so far, and its problems. */
  private static final class Reader {
    private final String source;
    private final String text;
    private final CodePointOffsets offsets;
    private final Map<String, TextBound> textBounds = new HashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** The text-bound annotation whose text may go on over the next line, with its text so far. */
    private Matcher pending;
    private StringBuilder pendingText;
    private int pendingLine;

    Reader(String source, String text) {
      this.source = source;
      this.text = text;
      this.offsets = CodePointOffsets.of(text);
    }

    void line(int number, String line) {
      if (line.isBlank()) {
        finishTextBound();
        return;
      }
      if (!ANNOTATION_ID.matcher(line).matches()) {
        if (pending != null) {
          pendingText.append('\n').append(line);
        } else {
          problem(number, "expected a brat annotation (an id T1, E1, R1, A1, M1, N1, #1 or *, then a tab), got "
              + Quoted.of(line));
        }
        return;
      }
      finishTextBound();
      Matcher t = TEXT_BOUND.matcher(line);
      Matcher e = EVENT.matcher(line);
      if (t.matches()) {
        pending = t;
        pendingText = new StringBuilder(t.group(4));
        pendingLine = number;
      } else if (e.matches()) {
        events.add(new Event(e.group(1), roles(e.group(2)), number));
      } else if (line.startsWith("T") || line.startsWith("E")) {
        problem(number, line.startsWith("T")
            ? "expected a text-bound annotation \"T<n> TAB <type> <start> <end>[;<start> <end>...] TAB <text>\""
            : "expected an event \"E<n> TAB <type>:<T id> <role>:<T id>...\"");
      } else if (line.startsWith("R")) {
        problem(number, "relations are not read: an attribution must be an event"
            + " (E<n> TAB Attribution:<T id> Source:<T id> Cue:<T id> Content:<T id>), as in PolNeAR");
      }
    }

    private static List<String[]> roles(String arguments) {
      List<String[]> roles = new ArrayList<>();
      for (String arg : arguments.trim().split(" +")) {
        roles.add(arg.split(":", 2));
      }
      return roles;
    }

    /** Checks the pending text-bound annotation's offsets and text, and keeps it. */
    void finishTextBound() {
      if (pending == null) {
        return;
      }
      String id = pending.group(1);
      List<Span> pieces = new ArrayList<>();
      for (String piece : pending.group(3).split(";")) {
        String[] ends = piece.split(" ");
        Optional<Span> span = span(ends[0], ends[1]);
        if (span.isEmpty()) {
          problem(pendingLine, id + ": offsets " + ends[0] + "-" + ends[1] + " must be within the article (0 to "
              + offsets.length() + " code points), the start not after the end");
          pieces.clear();
          break;
        }
        pieces.add(span.get());
      }
      String expected = pieces.stream().map(p -> p.of(text)).collect(Collectors.joining(" "));
      if (!pieces.isEmpty() && !expected.equals(pendingText.toString())) {
        problem(pendingLine, id + ": text " + Quoted.of(pendingText.toString()) + " does not match the article at "
            + pending.group(3) + " (code points), which reads " + Quoted.of(expected));
      }
      // Kept even when bad, so that the events naming it are not reported too.
      if (textBounds.putIfAbsent(id, new TextBound(pieces, pendingLine)) != null) {
        problem(pendingLine, "duplicate id " + id + " (first on line " + textBounds.get(id).line() + ")");
      }
      pending = null;
    }

    private Optional<Span> span(String start, String end) {
      long s = number(start);
      long e = number(end);
      if (!offsets.contains(s) || !offsets.contains(e) || s > e) {
        return Optional.empty();
      }
      return Optional.of(new Span(offsets.utf16((int) s), offsets.utf16((int) e)));
    }

    /** A number of digits; one too long for a long is past any article's end. */
    private static long number(String digits) {
      return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /** The attributions of the events, or the problems of the file. */
    Parsed<GoldDerivation.Attribution> attributions() {
      List<GoldDerivation.Attribution> out = new ArrayList<>();
      for (Event e : events) {
        attribution(e).ifPresent(out::add);
      }
      return problems.isEmpty() ? new Parsed<>(out, List.of()) : new Parsed<>(List.of(), problems);
    }

    private Optional<GoldDerivation.Attribution> attribution(Event e) {
      List<Span> content = new ArrayList<>();
      List<String> speaker = new ArrayList<>();
      List<String> cue = new ArrayList<>();
      for (String[] role : e.roles()) {
        Matcher m = ROLE.matcher(role[0]);
        TextBound target = textBounds.get(role[1]);
        if (target == null) {
          problem(e.line(), e.id() + ": role " + role[0] + " names " + role[1] + ", which is no text-bound annotation");
        } else if (m.matches()) {
          switch (m.group(1)) {
            case "Content" -> content.addAll(target.pieces());
            case "Source" -> speaker.add(joined(target));
            default -> cue.add(joined(target));
          }
        }
      }
      return content.isEmpty() ? Optional.empty()
          : Optional.of(new GoldDerivation.Attribution(e.id(), content, String.join(" ", speaker), String.join(" ", cue)));
    }

    private String joined(TextBound t) {
      return t.pieces().stream().map(p -> p.of(text)).collect(Collectors.joining(" "));
    }

    private void problem(int line, String message) {
      problems.add(source + ": line " + line + ": " + message);
    }
  }
}
