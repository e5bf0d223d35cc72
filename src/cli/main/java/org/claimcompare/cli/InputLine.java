package org.claimcompare.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One valid JSON Lines record and the line it came from.
 *
 * @param number the 1-based line number
 * @param json the parsed object
 */
record InputLine(long number, ObjectNode json) {}
