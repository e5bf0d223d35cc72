package org.claimcompare.normalize;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimcompare.normalize.Tokenizer.RawWord;
import org.jspecify.annotations.Nullable;

/**
 * Normalises variant and translated renderings of a statement so that they can be compared: the
 * enabled {@link NormalizationStep}s, applied in their declaration order, with the {@link Aliases}
 * used by {@link NormalizationStep#ALIASES}.
 *
 * <pre>{@code
 * TextNormalizer n = TextNormalizer.standard();
 * n.normalize("“Take power into your own hands,” he said of Kiev’s demilitarisation [of Ukraine]…")
 * // "take power into your own hands," he said of kyiv's demilitarization of ukraine...
 * n.without(NormalizationStep.SPELLING).normalize("demilitarisation")  // demilitarisation
 * n.words("Kiev’s neo-Nazis can't")
 * // [Word["kiev" -> "kyiv" by ALIASES], Word["neo"], Word["nazis"], Word["can"], Word["not"]]
 * }</pre>
 *
 * <h2>Words</h2>
 *
 * <p>{@link #words(String)} splits the text produced by the character-level steps into words:
 * runs of letters and digits (with their combining marks). Hyphens and other punctuation separate
 * words ({@code neo-nazis → neo, nazis}). Across an apostrophe ({@code '} or {@code ’}):
 *
 * <ul>
 *   <li>a possessive {@code 's} and a trailing {@code '} are dropped ({@code kyiv's → kyiv},
 *       {@code soldiers' → soldiers}); {@code 's} is always read as a possessive, never as
 *       <i>is</i> or <i>has</i>;
 *   <li>contractions are expanded: {@code n't → not} ({@code can't → can not}, {@code won't →
 *       will not}, {@code shan't → shall not}, {@code ain't → is not}, {@code don't → do not},
 *       and a negation split off its verb as tokenised corpora write it, {@code ca n't → ca not}),
 *       {@code 're → are}, {@code 've → have}, {@code 'll → will}, {@code 'm → am}, {@code 'd →
 *       would}; expansions follow the case of what they replace;
 *   <li>any other apostrophe is removed and the parts joined: {@code o'brien → obrien}, {@code
 *       coup d'etat → coup, detat}, {@code qur'an → quran}.
 * </ul>
 *
 * <p>Dotted abbreviations of single letters are joined ({@code u.s. → us}, {@code u.k. → uk});
 * in numbers a comma before a group of exactly three digits is dropped ({@code 1,000 → 1000}) and
 * a decimal point is kept ({@code 3.5 → 3.5}).
 *
 * <h2>Text</h2>
 *
 * <p>{@link #normalize(String)} returns the text of the character-level steps with each word
 * replaced in place by its form; punctuation, possessives and unchanged contractions stay as they
 * are. Normalising is idempotent: {@code normalize(normalize(x))} equals {@code normalize(x)}.
 * Results do not depend on the default locale.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {
  private final ImmutableSet<NormalizationStep> steps;
  private final Aliases aliases;

  private TextNormalizer(Set<NormalizationStep> steps, Aliases aliases) {
    this.steps = Sets.immutableEnumSet(steps);
    this.aliases = aliases;
  }

  /**
   * Returns the normalizer with every step and the {@linkplain Aliases#standard() standard
   * aliases}.
   *
   * @return the standard normalizer
   */
  public static TextNormalizer standard() {
    return Standard.INSTANCE;
  }

  /**
   * Returns a normalizer with the given steps and aliases.
   *
   * @param steps the steps to apply, in any order; they run in declaration order
   * @param aliases the aliases for {@link NormalizationStep#ALIASES}
   * @return the normalizer
   */
  public static TextNormalizer of(Set<NormalizationStep> steps, Aliases aliases) {
    checkNotNull(steps, "steps");
    checkNotNull(aliases, "aliases");
    steps.forEach(step -> checkNotNull(step, "steps contains null"));
    return new TextNormalizer(steps, aliases);
  }

  /**
   * Returns the enabled steps.
   *
   * @return an immutable set in declaration order
   */
  public Set<NormalizationStep> steps() {
    return steps;
  }

  /**
   * Returns the aliases used by {@link NormalizationStep#ALIASES}.
   *
   * @return the aliases
   */
  public Aliases aliases() {
    return aliases;
  }

  /**
   * Returns a normalizer like this one without {@code step}.
   *
   * @param step the step to turn off
   * @return the new normalizer
   */
  @CheckReturnValue
  public TextNormalizer without(NormalizationStep step) {
    checkNotNull(step, "step");
    Set<NormalizationStep> fewer = EnumSet.noneOf(NormalizationStep.class);
    fewer.addAll(steps);
    fewer.remove(step);
    return new TextNormalizer(fewer, aliases);
  }

  /**
   * Returns a normalizer like this one with {@code step}.
   *
   * @param step the step to turn on
   * @return the new normalizer
   */
  @CheckReturnValue
  public TextNormalizer with(NormalizationStep step) {
    checkNotNull(step, "step");
    return new TextNormalizer(Sets.union(steps, EnumSet.of(step)), aliases);
  }

  /**
   * Returns a normalizer like this one with other aliases.
   *
   * @param aliases the aliases for {@link NormalizationStep#ALIASES}
   * @return the new normalizer
   */
  @CheckReturnValue
  public TextNormalizer withAliases(Aliases aliases) {
    checkNotNull(aliases, "aliases");
    return new TextNormalizer(steps, aliases);
  }

  /**
   * Returns the normalised text: the character-level steps applied, then each word replaced in
   * place by its form, punctuation kept.
   *
   * @param text any text
   * @return the normalised text
   */
  public String normalize(String text) {
    checkNotNull(text, "text");
    String chars = applyCharacterSteps(text);
    StringBuilder out = new StringBuilder(chars.length());
    int copied = 0;
    for (RawWord raw : Tokenizer.scan(chars)) {
      List<Word> words = analyse(raw);
      if (words.stream().anyMatch(w -> w.changedBy().isPresent())) {
        out.append(chars, copied, raw.start()).append(rewrite(chars, raw, words));
        copied = raw.end();
      }
    }
    return out.append(chars, copied, chars.length()).toString();
  }

  /**
   * Returns the words of the normalised text, as described in the class documentation.
   *
   * @param text any text
   * @return the words in order; empty if the text has none
   */
  public List<Word> words(String text) {
    checkNotNull(text, "text");
    List<RawWord> raws = Tokenizer.scan(applyCharacterSteps(text));
    ImmutableList.Builder<Word> words = ImmutableList.builderWithExpectedSize(raws.size());
    for (RawWord raw : raws) {
      analyse(raw, words);
    }
    return words.build();
  }

  /**
   * Returns the forms of the words of {@code text}: those of {@link #words(String)}, without a
   * {@link Word} for each. For normalising many texts: {@code memo} keeps the form of each word
   * met, so that a word is analysed once however often it occurs, and its form is one string
   * however many texts share it.
   *
   * <pre>{@code
   * Map<String, String> memo = new HashMap<>();
   * normalizer.forms("Kiev's demilitarisation", memo); // [kyiv, demilitarization]
   * }</pre>
   *
   * @param text any text
   * @param memo the forms found so far, by word; filled by this call. It must only ever be used
   *     with this normalizer (or an equal one), and by one thread at a time
   * @return the forms in order, as an unmodifiable list; empty if the text has no words
   */
  public List<String> forms(String text, Map<String, String> memo) {
    checkNotNull(text, "text");
    checkNotNull(memo, "memo");
    List<RawWord> raws = Tokenizer.scan(applyCharacterSteps(text));
    int count = 0;
    for (RawWord raw : raws) {
      count += raw.surfaces().size();
    }
    String[] out = new String[count];
    int k = 0;
    for (RawWord raw : raws) {
      for (String surface : raw.surfaces()) {
        String form = memo.get(surface);
        if (form == null) {
          form = form(surface);
          memo.put(surface, form);
        }
        out[k++] = form;
      }
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  private String applyCharacterSteps(String text) {
    String result = text;
    for (NormalizationStep step : steps) {
      if (step.characterLevel()) {
        result = CharacterSteps.apply(step, result);
      }
    }
    return result;
  }

  private List<Word> analyse(RawWord raw) {
    ImmutableList.Builder<Word> words = ImmutableList.builderWithExpectedSize(raw.surfaces().size());
    analyse(raw, words);
    return words.build();
  }

  /** Adds the words of one raw word, one per surface. */
  private void analyse(RawWord raw, ImmutableList.Builder<Word> words) {
    for (String surface : raw.surfaces()) {
      words.add(word(surface));
    }
  }

  private Word word(String surface) {
    String spelled = spelled(surface);
    String form = aliased(spelled);
    Optional<NormalizationStep> changedBy =
        form.equals(surface) ? Optional.empty()
            : Optional.of(form.equals(spelled) ? NormalizationStep.SPELLING
                : NormalizationStep.ALIASES);
    return new Word(surface, form, changedBy);
  }

  /** The form of one word: what {@link #word} makes of it. */
  private String form(String surface) {
    return aliased(spelled(surface));
  }

  private String spelled(String surface) {
    return steps.contains(NormalizationStep.SPELLING) ? americanize(surface) : surface;
  }

  private String aliased(String spelled) {
    return steps.contains(NormalizationStep.ALIASES) ? alias(spelled) : spelled;
  }

  private static String americanize(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String american = Spelling.standard().americanize(lower);
    return american.equals(lower) ? word : Cases.match(word, american);
  }

  private String alias(String word) {
    return aliases.canonical(word).map(canonical -> Cases.match(word, canonical)).orElse(word);
  }

  /** A changed word becomes its forms, keeping a possessive ending; a contraction is spelled out. */
  private static String rewrite(String chars, RawWord raw, List<Word> words) {
    String forms = String.join(" ", words.stream().map(Word::form).toList());
    return forms + chars.substring(raw.keptFrom(), raw.end());
  }

  /** Two normalizers are equal when they have the same steps and equal aliases. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TextNormalizer other
        && steps.equals(other.steps)
        && aliases.equals(other.aliases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(steps, aliases);
  }

  /**
   * Returns the steps and the number of alias variants, such as {@code TextNormalizer[UNICODE,
   * PUNCTUATION, …, aliases=245]}.
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    steps.forEach(step -> parts.add(step.name()));
    parts.add("aliases=" + aliases.size());
    return "TextNormalizer[" + String.join(", ", parts) + "]";
  }

  /** Lazy holder, so that the resources are read on first use. */
  private static final class Standard {
    static final TextNormalizer INSTANCE =
        new TextNormalizer(EnumSet.allOf(NormalizationStep.class), Aliases.standard());
  }
}
