/**
 * Compare claims across news articles: the {@code Claims} facade and the values it
 * returns.
 *
 * <p>The pipeline lives in sub-packages named after its steps: {@code normalize} (text
 * normalisation), {@code extract} (claims from article text), {@code score} (similarity of two
 * renderings) and {@code cluster} (claim clusters); {@code cli} is the command line on top.
 */
@NullMarked
package org.claimcompare;

import org.jspecify.annotations.NullMarked;
