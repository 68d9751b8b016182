package th.ita.measures.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import th.ita.measures.domain.Plan;
import th.ita.measures.domain.PlanStatus;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.security.Roles;

/**
 * Who may see and change plans: an agency's officers their own agency's, administrators all;
 * everyone else (viewers, assessors) only published plans.
 */
@RequestScoped
public class PlanAccess {

  private final SecurityIdentity identity;
  private final CallerAgency caller;

  public PlanAccess(SecurityIdentity identity, CallerAgency caller) {
    this.identity = identity;
    this.caller = caller;
  }

  public boolean mayWrite(String agencyCode) {
    return identity.hasRole(Roles.ADMIN) || isOwnOfficer(agencyCode);
  }

  public boolean maySeeUnpublished(String agencyCode) {
    return mayWrite(agencyCode);
  }

  public void requireWrite(String agencyCode) {
    if (!mayWrite(agencyCode)) {
      throw new ProblemException(ProblemType.FORBIDDEN, identity.hasRole(Roles.OFFICER)
          ? "Your token is for agency '" + caller.ownAgency().orElse("none") + "'; you may not change agency '" + agencyCode + "'"
          : "Only the agency's own officers or an ita-admin change its plan");
    }
  }

  public void requireRead(Plan plan) {
    if (plan.status != PlanStatus.PUBLISHED && !maySeeUnpublished(plan.agencyCode)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "The plan of " + plan.agencyCode + " FY" + plan.fiscalYear
          + " is not published yet; only the agency's own officers and ita-admins see it before then");
    }
  }

  public String user() {
    return caller.username();
  }

  private boolean isOwnOfficer(String agencyCode) {
    return identity.hasRole(Roles.OFFICER) && caller.ownAgency().map(a -> a.equalsIgnoreCase(agencyCode)).orElse(false);
  }
}
