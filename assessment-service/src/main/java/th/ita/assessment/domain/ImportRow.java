package th.ita.assessment.domain;

/**
 * One row of an import file, as text, with its line number (the header is line 1). Nothing is
 * checked when a row is staged, so that every problem is reported against its line later.
 */
public record ImportRow(
    int line,
    String agencyCode,
    String agencyNameTh,
    String agencyNameEn,
    String agencyType,
    String ministryCode,
    String ministryNameTh,
    String ministryNameEn,
    String round,
    String question,
    String part,
    String score) {}
