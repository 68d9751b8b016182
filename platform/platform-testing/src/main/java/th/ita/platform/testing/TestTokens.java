package th.ita.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import th.ita.platform.dev.LocalTokenIssuer;

/**
 * Bearer tokens for tests, signed with the key the service under test trusts. The ordinary ones are
 * valid on every service; the others each break one rule the services check.
 */
public final class TestTokens {

  private static final Duration LIFETIME = Duration.ofMinutes(30);

  private TestTokens() {}

  public static String admin() {
    return token("ita-admin", null);
  }

  public static String assessor() {
    return token("assessor", null);
  }

  public static String viewer() {
    return token("viewer", null);
  }

  public static String officer(String agencyCode) {
    return token("agency-officer", agencyCode);
  }

  /** The head of {@code agencyCode}: its officer, who may also approve its plan. */
  public static String head(String agencyCode) {
    return token("agency-head", agencyCode);
  }

  public static String token(String role, String agencyCode) {
    return PlatformTestResource.tokens()
        .issue(subject(role, agencyCode), role, agencyCode, LIFETIME);
  }

  /**
   * A token like {@link #token} with some claims changed before it is signed, e.g. {@code claims ->
   * claims.setClaim("agency_code", 42)}.
   */
  public static String with(String role, String agencyCode, Consumer<JwtClaims> change) {
    JwtClaims claims =
        PlatformTestResource.tokens().claims(subject(role, agencyCode), role, agencyCode, LIFETIME);
    change.accept(claims);
    return PlatformTestResource.tokens().sign(claims);
  }

  /** Correctly signed and fresh, but issued for {@code audiences} only. */
  public static String forAudience(String role, String agencyCode, String... audiences) {
    return with(role, agencyCode, claims -> claims.setAudience(List.of(audiences)));
  }

  /**
   * Issued {@code age} ago and still unexpired: refused once {@code age} passes the maximum token
   * age.
   */
  public static String issuedAgo(String role, Duration age) {
    Instant issued = Instant.now().minus(age);
    return with(
        role,
        null,
        claims -> {
          claims.setIssuedAt(NumericDate.fromSeconds(issued.getEpochSecond()));
          claims.setExpirationTime(
              NumericDate.fromSeconds(Instant.now().plus(LIFETIME).getEpochSecond()));
        });
  }

  /** Past its expiry (beyond the accepted clock skew). */
  public static String expired(String role) {
    Instant issued = Instant.now().minus(Duration.ofMinutes(20));
    return with(
        role,
        null,
        claims -> {
          claims.setIssuedAt(NumericDate.fromSeconds(issued.getEpochSecond()));
          claims.setExpirationTime(
              NumericDate.fromSeconds(
                  Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond()));
        });
  }

  /** Signed by a key the service does not trust. */
  public static String forged(String role) throws IOException {
    return LocalTokenIssuer.inDirectory(Files.createTempDirectory("forged-key"))
        .issue("intruder", role, null, Duration.ofMinutes(5));
  }

  private static String subject(String role, String agencyCode) {
    return agencyCode == null ? "test-" + role : "test-officer-" + agencyCode.toLowerCase();
  }
}
