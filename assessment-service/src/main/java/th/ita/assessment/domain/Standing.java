package th.ita.assessment.domain;

import java.math.BigDecimal;

/**
 * Where one agency's published result stands nationally, among its type and within its ministry.
 */
public record Standing(
    long nationalRank,
    long nationalOf,
    long typeRank,
    long typeOf,
    Long ministryRank,
    Long ministryOf,
    BigDecimal percentile) {}
