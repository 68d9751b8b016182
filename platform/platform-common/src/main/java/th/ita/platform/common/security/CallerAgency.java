package th.ita.platform.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import th.ita.platform.common.domain.AccessDeniedException;

/**
 * What the caller may see: national roles see every agency, an agency officer only the agency named
 * in their token. Every resource that takes an agency code asks here first.
 */
@RequestScoped
public class CallerAgency {

  private final SecurityIdentity identity;
  private final JsonWebToken token;

  public CallerAgency(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  /** True for roles that act on every agency. */
  public boolean isNational() {
    return identity.hasRole(Roles.ADMIN)
        || identity.hasRole(Roles.ASSESSOR)
        || identity.hasRole(Roles.VIEWER);
  }

  /** The officer's own agency, when the caller is one. */
  public Optional<String> ownAgency() {
    if (isNational()) {
      return Optional.empty();
    }
    // TokenClaimsCheck has refused a token whose agency_code is not a string; this stays safe
    // anyway.
    Object claim = token.getClaim(Roles.AGENCY_CLAIM);
    return claim instanceof String code
        ? Optional.of(code.trim()).filter(c -> !c.isEmpty())
        : Optional.empty();
  }

  /**
   * True when the caller has the officer role and is not national, and {@code agencyCode} is the
   * agency in their token (a national role's agency claim is ignored, see {@link #ownAgency}).
   */
  public boolean isOfficerOf(String agencyCode) {
    return identity.hasRole(Roles.OFFICER) && isOwnAgency(agencyCode);
  }

  public boolean mayAccess(String agencyCode) {
    return isNational() || isOwnAgency(agencyCode);
  }

  private boolean isOwnAgency(String agencyCode) {
    return ownAgency().map(own -> own.equalsIgnoreCase(agencyCode)).orElse(false);
  }

  /** Throws 403 unless the caller may see or change {@code agencyCode}. */
  public void requireAccess(String agencyCode) {
    if (!mayAccess(agencyCode)) {
      String own = ownAgency().orElse("none");
      throw new AccessDeniedException(
          "Your token is for agency '" + own + "'; you may not access agency '" + agencyCode + "'");
    }
  }

  public String username() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }
}
