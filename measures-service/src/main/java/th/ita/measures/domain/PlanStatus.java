package th.ita.measures.domain;

/** A plan is drafted, approved by the agency's head, then published (OIT o34 / O42). */
public enum PlanStatus {
  DRAFT,
  APPROVED,
  PUBLISHED
}
