package th.ita.reporting.service;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.security.Roles;

/**
 * Who reads which documents. A published document is for every authenticated role, and for
 * anyone when its agency made its documents public; a draft (the plan not published yet) only for
 * the agency's own officers and ita-admins, as measures-service shows unpublished plans.
 */
@RequestScoped
public class ReportAccess {

  private final SecurityIdentity identity;
  private final CallerAgency caller;

  public ReportAccess(SecurityIdentity identity, CallerAgency caller) {
    this.identity = identity;
    this.caller = caller;
  }

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  /** The agency's own officers and ita-admins: they see drafts and change the agency's settings. */
  public boolean isOwnOrAdmin(String agencyCode) {
    return identity.hasRole(Roles.ADMIN)
        || (identity.hasRole(Roles.OFFICER) && caller.ownAgency().map(a -> a.equalsIgnoreCase(agencyCode)).orElse(false));
  }

  /**
   * 401 for a caller without a token, unless the document is published and its agency's documents
   * public. A token that is sent is always checked (a bad one is a 401 even for a public document),
   * so that a client learns of it at once.
   */
  public void requireCaller(boolean publiclyReadable) {
    boolean anonymous = identity.isAnonymous();
    if (anonymous && !publiclyReadable) {
      throw new UnauthorizedException();
    }
  }

  /** 403 for a draft, unless the caller is the agency's own officer or an ita-admin. */
  public void requireRead(String agencyCode, boolean published, String what) {
    if (!published && !isOwnOrAdmin(agencyCode)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "The " + what + " of " + agencyCode
          + " is a draft until its plan is published; only the agency's own officers and ita-admins see it before then");
    }
  }

  public void requireSettingsChange(String agencyCode) {
    if (!isOwnOrAdmin(agencyCode)) {
      throw new ProblemException(ProblemType.FORBIDDEN,
          "Only the agency's own officers or an ita-admin change its report settings");
    }
  }

  public String username() {
    return caller.username();
  }
}
