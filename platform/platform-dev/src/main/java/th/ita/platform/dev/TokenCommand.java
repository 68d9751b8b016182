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

  /** Present while the platform runs with Keycloak as the issuer: Keycloak's token endpoint. */
  static final String KEYCLOAK_MARKER = "keycloak/token-endpoint";

  private TokenCommand() {}

  static void run(RunnerOptions options) throws IOException {
    if (options.positional().size() < 2) {
      throw new IllegalArgumentException(
          "Usage: ./ita token ROLE [AGENCY_CODE]   ROLE is one of " + LocalTokenIssuer.ROLES);
    }
    String role = options.positional().get(1);
    String agency = options.positional().size() > 2 ? options.positional().get(2) : null;
    if (LocalTokenIssuer.AGENCY_ROLES.contains(role) && agency == null) {
      throw new IllegalArgumentException("An " + role + " token needs the agency's AGENCY_CODE");
    }
    Path keycloakMode = options.stateDir().resolve(KEYCLOAK_MARKER);
    if (Files.exists(keycloakMode)) {
      throw new IllegalArgumentException(
          "The platform runs with Keycloak as the issuer (./ita --keycloak), so it refuses"
              + " local tokens. Ask Keycloak for one:\n  curl -s -d grant_type=password -d client_id=ita-cli"
              + " -d username=viewer -d password=viewer "
              + Files.readString(keycloakMode).trim()
              + " | jq -r .access_token");
    }
    LocalTokenIssuer issuer = LocalTokenIssuer.inDirectory(options.stateDir().resolve("keys"));
    System.out.println(issuer.issue(demoSubject(role, agency), role, agency, LIFETIME));
  }

  /**
   * The platform trusts Keycloak alone: the local tokens of an earlier run are removed, and {@code
   * ./ita token} points to Keycloak's token endpoint instead of minting tokens the services refuse.
   */
  static void useKeycloak(Path state, KeycloakServer keycloak) throws IOException {
    Path dir = state.resolve("tokens");
    for (String role : LocalTokenIssuer.ROLES) {
      Files.deleteIfExists(dir.resolve(role + ".jwt"));
    }
    Files.writeString(state.resolve(KEYCLOAK_MARKER), keycloak.tokenUrl() + "\n");
  }

  static void writeDemoTokens(LocalTokenIssuer issuer, Path dir) throws IOException {
    Files.deleteIfExists(dir.resolveSibling(KEYCLOAK_MARKER));
    Files.createDirectories(dir);
    for (String role : LocalTokenIssuer.ROLES) {
      String agency = LocalTokenIssuer.AGENCY_ROLES.contains(role) ? DEMO_AGENCY : null;
      Files.writeString(
          dir.resolve(role + ".jwt"),
          issuer.issue(demoSubject(role, agency), role, agency, LIFETIME) + "\n");
    }
  }

  /** "demo-viewer", "demo-officer-ditp", "demo-head-ditp". */
  static String demoSubject(String role, String agency) {
    if (agency == null) {
      return "demo-" + role;
    }
    String who = "agency-head".equals(role) ? "head" : "officer";
    return "demo-" + who + "-" + agency.toLowerCase();
  }
}
