/**
 * The command line: a thin adapter that reads and writes UTF-8 JSON Lines and calls the
 * {@code Claims} facade. Its dependencies (picocli, Jackson, jsoup) are optional for
 * applications that embed the library.
 */
@NullMarked
package org.claimcompare.cli;

import org.jspecify.annotations.NullMarked;
