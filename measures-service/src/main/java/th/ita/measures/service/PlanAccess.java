package th.ita.measures.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;
import th.ita.measures.domain.Plan;
import th.ita.measures.domain.PlanStatus;
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.domain.NotFoundException;
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
    return identity.hasRole(Roles.ADMIN) || caller.isOfficerOf(agencyCode);
  }

  /**
   * The head of the agency approves its plan (อธิบดี, ผู้อำนวยการ, or whoever records approvals in
   * their name): an officer of the agency who also holds {@value Roles#HEAD}. An ita-admin may
   * record an approval too.
   */
  public boolean mayApprove(String agencyCode) {
    return identity.hasRole(Roles.ADMIN)
        || (caller.isOfficerOf(agencyCode) && identity.hasRole(Roles.HEAD));
  }

  public void requireApprove(String agencyCode) {
    if (mayApprove(agencyCode)) {
      return;
    }
    if (caller.isOfficerOf(agencyCode)) {
      throw new AccessDeniedException(
          "Only the head of agency '"
              + agencyCode
              + "' (role "
              + Roles.HEAD
              + ") or an ita-admin records the approval of its plan; an officer prepares it");
    }
    requireWrite(agencyCode);
    throw new AccessDeniedException(
        "Only the head of the agency or an ita-admin records the approval of its plan");
  }

  public boolean maySeeUnpublished(String agencyCode) {
    return mayWrite(agencyCode);
  }

  public void requireWrite(String agencyCode) {
    if (!mayWrite(agencyCode)) {
      throw new AccessDeniedException(
          identity.hasRole(Roles.OFFICER)
              ? "Your token is for agency '"
                  + caller.ownAgency().orElse("none")
                  + "'; you may not change agency '"
                  + agencyCode
                  + "'"
              : "Only the agency's own officers or an ita-admin change its plan");
    }
  }

  /**
   * True when the caller may see the plan: published, or the caller's own agency's, or an
   * ita-admin.
   */
  public boolean maySee(Plan plan) {
    return plan.status == PlanStatus.PUBLISHED || maySeeUnpublished(plan.agencyCode);
  }

  /**
   * A plan the caller may not see is, to them, no plan at all: the same 404 as when there is none
   * ({@code notFound}), so that nobody learns from a 403 that another agency has a draft.
   */
  public void requireRead(Plan plan, Supplier<NotFoundException> notFound) {
    if (!maySee(plan)) {
      throw notFound.get();
    }
  }

  public String user() {
    return caller.username();
  }
}
