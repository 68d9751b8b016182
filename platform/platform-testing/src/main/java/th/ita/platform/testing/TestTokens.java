package th.ita.platform.testing;

import java.time.Duration;

/** Bearer tokens for tests, signed with the key the service under test trusts. */
public final class TestTokens {

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

  public static String token(String role, String agencyCode) {
    String subject = agencyCode == null ? "test-" + role : "test-officer-" + agencyCode.toLowerCase();
    return PlatformTestResource.tokens().issue(subject, role, agencyCode, Duration.ofMinutes(30));
  }

  /** Signed by a key the service does not trust. */
  public static String forged(String role) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("forged-key");
    return th.ita.platform.dev.LocalTokenIssuer.inDirectory(dir).issue("intruder", role, null, Duration.ofMinutes(5));
  }
}
