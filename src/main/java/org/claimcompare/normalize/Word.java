package org.claimcompare.normalize;

import java.util.Optional;

/**
 * Temporary.
 *
 * @param surface s
 * @param form f
 * @param changedBy c
 */
public record Word(String surface, String form, Optional<NormalizationStep> changedBy) {}
