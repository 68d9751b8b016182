package th.ita.platform.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** {@code ./ita token ROLE [AGENCY_CODE]}: prints a bearer token the running platform accepts. */
final class TokenCommand {

  /** The demo officer's agency: seed 004, the Department of International Trade Promotion. */
  static final String DEMO_AGENCY = "DITP";
  /** As long as the services accept a token after it was issued (mp.jwt.verify.token.age). */
  static final Duration LIFETIME = Duration.ofHours(1);

  private TokenCommand() {}

  static void run(RunnerOptions options) throws IOException {
    if (options.positional().size() < 2) {
      throw new IllegalArgumentException(
          "Usage: ./ita token ROLE [AGENCY_CODE]   ROLE is one of " + LocalTokenIssuer.ROLES);
    }
    String role = options.positional().get(1);
    String agency = options.positional().size() > 2 ? options.positional().get(2) : null;
    if ("agency-officer".equals(role) && agency == null) {
      throw new IllegalArgumentException("An agency-officer token needs the officer's AGENCY_CODE");
    }
    LocalTokenIssuer issuer = LocalTokenIssuer.inDirectory(options.stateDir().resolve("keys"));
    String subject = agency == null ? "demo-" + role : "demo-officer-" + agency.toLowerCase();
    System.out.println(issuer.issue(subject, role, agency, LIFETIME));
  }

  static void writeDemoTokens(LocalTokenIssuer issuer, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String role : LocalTokenIssuer.ROLES) {
      String agency = "agency-officer".equals(role) ? DEMO_AGENCY : null;
      String subject = agency == null ? "demo-" + role : "demo-officer-" + agency.toLowerCase();
      Files.writeString(dir.resolve(role + ".jwt"), issuer.issue(subject, role, agency, LIFETIME) + "\n");
    }
  }
}
