package th.ita.assessment.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.security.Roles;

/**
 * Who sees what of results: published results are for every role; drafts only for the agency's own
 * officers, assessors and administrators.
 */
@RequestScoped
public class ResultAccess {

  private final SecurityIdentity identity;
  private final CallerAgency caller;

  public ResultAccess(SecurityIdentity identity, CallerAgency caller) {
    this.identity = identity;
    this.caller = caller;
  }

  public boolean maySeeDrafts(String agencyCode) {
    return identity.hasRole(Roles.ADMIN)
        || identity.hasRole(Roles.ASSESSOR)
        || caller.isOfficerOf(agencyCode);
  }

  /** Targets and thresholds are the agency's own business, or an administrator's. */
  public boolean maySetAnalysisSettings(String agencyCode) {
    return identity.hasRole(Roles.ADMIN) || caller.isOfficerOf(agencyCode);
  }
}
