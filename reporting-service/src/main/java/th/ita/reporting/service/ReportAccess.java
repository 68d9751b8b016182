package th.ita.reporting.service;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.function.Predicate;
import java.util.function.Supplier;
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.security.Roles;

/**
 * Who reads which documents. A published document is for every authenticated role, and for anyone
 * when its agency made its documents public; a draft (the plan not published yet) only for the
 * agency's own officers and ita-admins, as measures-service shows unpublished plans.
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
    return identity.hasRole(Roles.ADMIN) || caller.isOfficerOf(agencyCode);
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

  /**
   * The document {@code load} finds, if the caller may read it. A draft (its plan not published) is
   * for the agency's own officers and ita-admins; to anyone else it does not exist: the same 404 as
   * a document that does not exist (401 without a token), so that they cannot learn whether the
   * agency has a draft.
   */
  public <T> T readable(String agencyCode, String what, Supplier<T> load, Predicate<T> published) {
    if (isOwnOrAdmin(agencyCode)) {
      return load.get();
    }
    T document = null;
    try {
      document = load.get();
    } catch (NotFoundException e) {
      // Told like any other document the caller may not read.
    }
    if (document == null || !published.test(document)) {
      requireCaller(false);
      throw new NotFoundException("Agency '" + agencyCode + "' has no published " + what);
    }
    return document;
  }

  /** An agency's report settings (and who changed them) are its own business, like its drafts. */
  public void requireSettingsRead(String agencyCode) {
    if (!isOwnOrAdmin(agencyCode)) {
      throw new AccessDeniedException(
          "Only the agency's own officers or an ita-admin read its report settings");
    }
  }

  public void requireSettingsChange(String agencyCode) {
    if (!isOwnOrAdmin(agencyCode)) {
      throw new AccessDeniedException(
          "Only the agency's own officers or an ita-admin change its report settings");
    }
  }

  public String username() {
    return caller.username();
  }
}
