package th.ita.assessment.domain;

/** A problem found in an import: the line when one row is at fault, else the agency as a whole. */
public record ImportError(
    Integer line, String agencyCode, String field, String message, String value) {}
