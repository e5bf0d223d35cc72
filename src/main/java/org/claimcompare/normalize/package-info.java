/**
 * Text normalisation: the named steps that turn variant and translated renderings of a statement
 * into one comparable form (Unicode, punctuation, case, diacritics, spelling, transliteration).
 */
@NullMarked
package org.claimcompare.normalize;

import org.jspecify.annotations.NullMarked;
