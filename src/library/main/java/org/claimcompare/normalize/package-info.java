/**
 * Text normalisation: the named steps that turn variant and translated renderings of a statement
 * into one comparable form (Unicode, punctuation, editorial brackets, case, diacritics, white
 * space, British and American spelling, transliteration).
 *
 * <p>{@link org.claimcompare.normalize.TextNormalizer} applies the {@link
 * org.claimcompare.normalize.NormalizationStep}s it is given, in their declaration order, and
 * splits the result into {@link org.claimcompare.normalize.Word}s; {@link
 * org.claimcompare.normalize.Aliases} holds the transliteration groups ({@code Kiev → Kyiv}) and
 * can be extended or replaced.
 *
 * <pre>{@code
 * TextNormalizer.standard().normalize("Kiev’s demilitarisation [of Ukraine]…")
 * // kyiv's demilitarization of ukraine...
 * }</pre>
 *
 * <p>Everything here is immutable, deterministic and independent of the default locale; the only
 * I/O is reading the two shipped lists ({@code aliases.txt}, {@code spelling.txt}) from the class
 * path, once, on first use.
 */
@NullMarked
package org.claimcompare.normalize;

import org.jspecify.annotations.NullMarked;
