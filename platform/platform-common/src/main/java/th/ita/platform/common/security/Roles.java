package th.ita.platform.common.security;

/** The platform's roles, as they appear in the token's {@code groups} claim. */
public final class Roles {

  /** Runs the platform: frameworks, the agency registry. */
  public static final String ADMIN = "ita-admin";

  /** Enters and publishes official scores. */
  public static final String ASSESSOR = "assessor";

  /** An agency's own officer: plans and carries out its measures; sees only its agency. */
  public static final String OFFICER = "agency-officer";

  /**
   * The head of an agency (อธิบดี, ผู้อำนวยการ) or whoever records approvals in their name: an
   * officer of the agency who may also approve its plan. A head's token carries both roles.
   */
  public static final String HEAD = "agency-head";

  /** Reads everything, changes nothing (ministries, oversight bodies). */
  public static final String VIEWER = "viewer";

  /** The claim naming an officer's agency. */
  public static final String AGENCY_CLAIM = "agency_code";

  private Roles() {}
}
