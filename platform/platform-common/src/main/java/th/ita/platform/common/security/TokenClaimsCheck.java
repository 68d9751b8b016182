package th.ita.platform.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a verified token whose {@code groups} or {@code agency_code} claim is malformed, before
 * any resource reads it: the caller gets a 401 naming the claim, never a 500 from a value of the
 * wrong type deep inside an access check.
 */
@ApplicationScoped
public class TokenClaimsCheck implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      Optional<String> problem = TokenClaims.problemWith(token.getRawToken());
      if (problem.isPresent()) {
        return Uni.createFrom()
            .failure(new AuthenticationFailedException(new MalformedTokenException(problem.get())));
      }
    }
    return Uni.createFrom().item(identity);
  }
}
