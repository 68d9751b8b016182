package th.ita.assessment.domain;

import java.math.BigDecimal;

/** One agency in a year's ranking, with its rank and the number ranked. */
public record RankedResult(
    String agencyCode,
    String nameTh,
    String nameEn,
    String type,
    String ministryCode,
    BigDecimal score,
    String levelCode,
    long rank,
    long of) {}
