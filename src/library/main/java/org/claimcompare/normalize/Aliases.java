package org.claimcompare.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import com.google.errorprone.annotations.CheckReturnValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Groups of words that are variant spellings of one canonical word, mostly transliterations of
 * place and person names ({@code Kiev → Kyiv}, {@code Zelenskiy → Zelensky}); the data behind
 * {@link NormalizationStep#ALIASES}.
 *
 * <p>The text format, used by {@link #parse(String)} and by the shipped list ({@link
 * #standard()}, the resource {@code org/claimcompare/normalize/aliases.txt}):
 *
 * <pre>
 * # Transliterations of Ukrainian place names
 * Kyiv    | Kiev | Kiew
 * Kharkiv | Kharkov
 * </pre>
 *
 * <ul>
 *   <li>{@code #} starts a comment; blank lines are ignored;
 *   <li>each other line is one group: the canonical word, then its variants, separated by {@code
 *       |}; a group needs at least one variant;
 *   <li>every entry is a single word of letters and digits; entries are compared after {@link
 *       NormalizationStep#UNICODE}, {@link NormalizationStep#CASE_FOLD} and {@link
 *       NormalizationStep#DIACRITICS}, so case and diacritics in the file do not matter and the
 *       map holds folded words;
 *   <li>a word may appear in one group only.
 * </ul>
 *
 * <p>Different names are not aliases even when they belong to the same person in two languages:
 * Russian {@code Vladimir} and Ukrainian {@code Volodymyr}, {@code Dmitry} and {@code Dmytro} stay
 * apart.
 *
 * <pre>{@code
 * Aliases a = Aliases.parse("Kyiv | Kiev\nKharkiv | Kharkov");
 * a.canonical("Kiev")   // Optional[kyiv]
 * a.canonical("kyiv")   // Optional[kyiv]
 * a.canonical("Lviv")   // Optional.empty
 * a.asMap()             // {kharkov=kharkiv, kiev=kyiv}
 * a.toString()          // Aliases[2 variants: kharkov=kharkiv, kiev=kyiv]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Aliases {
  private static final String RESOURCE = "aliases.txt";
  private static final int SHOWN = 3;

  /** Every word in a group, the canonical one included, to its group's canonical word. */
  private final ImmutableSortedMap<String, String> canonicals;

  private final ImmutableSortedMap<String, String> variants;

  private Aliases(Map<String, String> canonicals) {
    this.canonicals = ImmutableSortedMap.copyOf(canonicals);
    this.variants = ImmutableSortedMap.copyOf(
        Maps.filterEntries(canonicals, e -> !e.getKey().equals(e.getValue())));
  }

  /**
   * Returns the shipped list of transliterations, read once from the class path resource {@code
   * org/claimcompare/normalize/aliases.txt}.
   *
   * @return the standard aliases
   */
  public static Aliases standard() {
    return Standard.INSTANCE;
  }

  /**
   * Returns aliases with no groups.
   *
   * @return the empty aliases
   */
  public static Aliases empty() {
    return Empty.INSTANCE;
  }

  /**
   * Parses groups in the format described above.
   *
   * @param text the groups, one per line
   * @return the aliases
   * @throws IllegalArgumentException if a line has an empty entry, an entry that is not a single
   *     word, a group without variants or a word already in another group; the message names the
   *     line number and the problem
   */
  public static Aliases parse(String text) {
    checkNotNull(text, "text");
    return new Aliases(new AliasFile().read(text));
  }

  /**
   * Returns the union of these aliases and {@code other}; where a word is in a group in both,
   * {@code other} decides its canonical word.
   *
   * <pre>{@code
   * Aliases.parse("Kyiv | Kiev").plus(Aliases.parse("Kiev | Kyiv")).asMap()  // {kyiv=kiev}
   * }</pre>
   *
   * @param other the aliases that win on conflict
   * @return the union
   */
  @CheckReturnValue
  public Aliases plus(Aliases other) {
    checkNotNull(other, "other");
    Map<String, String> union = new HashMap<>(other.canonicals);
    // A word only we know follows its canonical word if other moved that to another group.
    canonicals.forEach((word, canonical) ->
        union.putIfAbsent(word, other.canonicals.getOrDefault(canonical, canonical)));
    return new Aliases(union);
  }

  /**
   * Returns the canonical word for {@code word}, which is folded first like the entries; the
   * canonical word of a canonical word is itself.
   *
   * @param word a single word, normally already normalised by the character-level steps
   * @return the canonical word, folded; empty if {@code word} is in no group
   */
  public Optional<String> canonical(String word) {
    checkNotNull(word, "word");
    return Optional.ofNullable(canonicals.get(CharacterSteps.fold(word)));
  }

  /**
   * Returns every variant with its canonical word, in folded form, sorted by variant. Canonical
   * words are not keys.
   *
   * @return an immutable map from variant to canonical word
   */
  public Map<String, String> asMap() {
    return variants;
  }

  /**
   * Returns the number of variants, the size of {@link #asMap()}.
   *
   * @return the number of variants
   */
  public int size() {
    return variants.size();
  }

  /** Two aliases are equal when they map the same words to the same canonical words. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Aliases other && canonicals.equals(other.canonicals);
  }

  @Override
  public int hashCode() {
    return canonicals.hashCode();
  }

  /** Returns the number of variants and the first few, such as {@code Aliases[2 variants: …]}. */
  @Override
  public String toString() {
    String shown = variants.entrySet().stream()
        .limit(SHOWN)
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
    String more = variants.size() > SHOWN ? ", …" : "";
    String list = variants.isEmpty() ? "" : ": " + shown + more;
    return "Aliases[" + variants.size() + " variants" + list + "]";
  }

  /** Reads the text format, remembering where each word was first seen. */
  private static final class AliasFile {
    private final Map<String, String> canonicals = new LinkedHashMap<>();
    private final Map<String, Integer> lineOf = new HashMap<>();

    Map<String, String> read(String text) {
      List<String> lines = text.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).replaceFirst("#.*", "").strip();
        if (!line.isEmpty()) {
          readGroup(line, i + 1);
        }
      }
      return canonicals;
    }

    private void readGroup(String line, int number) {
      String[] entries = line.split("\\|", -1);
      checkArgument(entries.length >= 2,
          "line %s: a group needs a canonical word and at least one variant: %s", number, line);
      String canonical = entry(entries[0], number);
      for (String raw : entries) {
        add(entry(raw, number), canonical, number);
      }
    }

    private static String entry(String raw, int number) {
      String word = raw.strip();
      checkArgument(!word.isEmpty(), "line %s: empty entry", number);
      String folded = CharacterSteps.fold(word);
      checkArgument(Tokenizer.isSingleRun(folded),
          "line %s: \"%s\" is not a single word of letters and digits", number, word);
      return folded;
    }

    private void add(String word, String canonical, int number) {
      Integer first = lineOf.putIfAbsent(word, number);
      checkArgument(first == null,
          "line %s: \"%s\" is already in the group of \"%s\" on line %s",
          number, word, canonicals.get(word), first);
      canonicals.put(word, canonical);
    }
  }

  /** Lazy holder: the resource is read on first use, once. */
  private static final class Standard {
    static final Aliases INSTANCE = read();

    private static Aliases read() {
      // Read by our own class: on the module path, only the library's code sees its resources.
      try (InputStream in = checkNotNull(Aliases.class.getResourceAsStream(RESOURCE), RESOURCE)) {
        return parse(new String(in.readAllBytes(), UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  private static final class Empty {
    static final Aliases INSTANCE = new Aliases(ImmutableMap.of());
  }
}
