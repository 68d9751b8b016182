package th.ita.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import th.ita.platform.dev.LocalTokenIssuer;

/**
 * A real Keycloak issues the tokens: {@code ./ita --keycloak} starts Keycloak 26 from Maven Central
 * with the realm of {@code deploy/docker/keycloak/ita-realm.json}, and runs the services against
 * its JWKS and issuer. Each demo user (password grant) and each system client (client credentials)
 * gets exactly the rights the README promises, and a token of the same realm issued for another
 * application is refused by every service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakTokensTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> AUDIENCES = LocalTokenIssuer.AUDIENCES;

  private static RunningPlatform platform;
  private static int keycloakPort;

  @BeforeAll
  static void startWithKeycloak() throws Exception {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      keycloakPort = socket.getLocalPort();
    }
    platform =
        new RunningPlatform(
            "keycloak-state", "--keycloak", "--keycloak-port", String.valueOf(keycloakPort));
    platform.start();
  }

  @AfterAll
  static void stopEverything() {
    platform.killIfAlive();
  }

  @Test
  @Order(1)
  void theServicesTrustKeycloakAndTheDemoDataWasLoadedWithItsTokens() throws Exception {
    assertThat(platform.output())
        .contains(
            "Keycloak is ready: " + issuer(),
            "Demo data: 5 agencies created",
            "Demo data: 6 seed results published",
            "Demo data: 5 seed plans published",
            "Demo data: every gap list and progress report is ready");

    // The run command's own key signs nothing the services accept now.
    LocalTokenIssuer local = LocalTokenIssuer.inDirectory(platform.state().resolve("keys"));
    String localToken = local.issue("local", "ita-admin", null, Duration.ofMinutes(5));
    for (Map.Entry<String, String> service : readable().entrySet()) {
      assertThat(get(service.getKey(), service.getValue(), localToken).statusCode()).isEqualTo(401);
    }
    // ./ita token says where tokens come from instead of minting one that would be refused.
    Process token =
        new ProcessBuilder("./ita", "token", "viewer", "--state-dir", platform.state().toString())
            .directory(RunningPlatform.PROJECT.toFile())
            .redirectErrorStream(true)
            .start();
    String said = new String(token.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(token.waitFor()).isEqualTo(2);
    assertThat(said).contains("Keycloak", tokenEndpoint());
  }

  @Test
  @Order(2)
  void eachDemoUserGetsTheRolesAndAgencyOfTheReadme() throws Exception {
    String admin = passwordToken("admin");
    String assessor = passwordToken("assessor");
    String officer = passwordToken("officer-ditp");
    String viewer = passwordToken("viewer");
    assertClaims(admin, "ita-admin", null, "ita-cli");
    assertClaims(assessor, "assessor", null, "ita-cli");
    assertClaims(officer, "agency-officer", "DITP", "ita-cli");
    assertClaims(viewer, "viewer", null, "ita-cli");
    // The head of DITP: agency-head is a composite role holding agency-officer.
    String head = passwordToken("head-ditp");
    assertThat(groups(head)).containsExactlyInAnyOrder("agency-head", "agency-officer");
    assertThat(claims(head).get("agency_code").asText()).isEqualTo("DITP");
    assertOfficerOfDitp(head);

    // Every token is accepted by every service.
    for (String token : List.of(admin, assessor, officer, viewer)) {
      for (Map.Entry<String, String> service : readable().entrySet()) {
        assertThat(get(service.getKey(), service.getValue(), token).statusCode())
            .as("%s on %s", subject(token), service.getKey())
            .isEqualTo(200);
      }
    }

    // ita-admin runs the registry and the operators' endpoints.
    assertThat(registerAgency("KC-ADMIN", admin).statusCode()).isEqualTo(201);
    assertThat(get(platform.assessmentUrl(), "/api/v1/admin/dead-letters", admin).statusCode())
        .isEqualTo(200);
    // assessor and viewer read every agency but do not run the registry.
    for (String reader : List.of(assessor, viewer)) {
      assertThat(registerAgency("KC-NOT", reader).statusCode()).isEqualTo(403);
      assertThat(get(platform.assessmentUrl(), "/api/v1/admin/dead-letters", reader).statusCode())
          .isEqualTo(403);
      assertThat(get(platform.assessmentUrl(), "/api/v1/agencies/TCEB", reader).statusCode())
          .isEqualTo(200);
      assertThat(
              json(get(platform.assessmentUrl(), "/api/v1/agencies?size=200", reader))
                  .get("totalItems")
                  .asInt())
          .isEqualTo(6);
    }
    // officer-ditp: DITP only, by the agency_code claim.
    assertOfficerOfDitp(officer);
  }

  @Test
  @Order(3)
  void eachSystemClientGetsTheRightsOfItsServiceAccount() throws Exception {
    String portal = clientToken("ita-portal");
    assertClaims(portal, "viewer", null, "ita-portal");
    for (String service : platform.serviceUrls()) {
      assertThat(get(service, "/q/health/ready", null).statusCode()).isEqualTo(200);
    }
    assertThat(get(platform.assessmentUrl(), "/api/v1/agencies/TCEB", portal).statusCode())
        .isEqualTo(200);
    assertThat(
            get(platform.measuresUrl(), "/api/v1/agencies/MFA-ASEAN/plans/2568", portal)
                .statusCode())
        .isEqualTo(200);
    assertThat(get(platform.reportingUrl(), "/api/v1/report-agencies", portal).statusCode())
        .isEqualTo(200);
    assertThat(registerAgency("KC-PORTAL", portal).statusCode()).isEqualTo(403);

    String ditpSystem = clientToken("ita-agency-ditp");
    assertClaims(ditpSystem, "agency-officer", "DITP", "ita-agency-ditp");
    assertOfficerOfDitp(ditpSystem);
  }

  @Test
  @Order(4)
  void aTokenOfTheRealmForAnotherApplicationIsRefusedByEveryService() throws Exception {
    String other = clientToken("other-application");
    JsonNode claims = claims(other);
    assertThat(claims.get("iss").asText()).isEqualTo(issuer());
    assertThat(claims.get("groups").get(0).asText()).isEqualTo("viewer");
    assertThat(audiences(claims)).containsExactly("other-application");
    for (Map.Entry<String, String> service : readable().entrySet()) {
      HttpResponse<String> refused = get(service.getKey(), service.getValue(), other);
      assertThat(refused.statusCode()).as(service.getKey()).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(json(refused).get("type").asText()).isEqualTo("/problems/unauthenticated");
    }
  }

  /**
   * reporting-service's own client: a viewer for measures-service only, with which it fetches
   * evidence photos' thumbnails; the other services refuse its tokens.
   */
  @Test
  @Order(5)
  void reportingServiceGetsAViewerTokenForMeasuresServiceOnly() throws Exception {
    String reporting = clientToken("reporting-service");
    JsonNode claims = claims(reporting);
    assertThat(claims.get("iss").asText()).isEqualTo(issuer());
    assertThat(claims.get("azp").asText()).isEqualTo("reporting-service");
    assertThat(audiences(claims)).containsExactly("measures-service");
    assertThat(groups(reporting)).containsExactly("viewer");
    assertThat(claims.has("agency_code")).isFalse();
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
    assertThat(
            get(platform.measuresUrl(), "/api/v1/agencies/MFA-ASEAN/plans/2568", reporting)
                .statusCode())
        .isEqualTo(200);
    assertThat(get(platform.assessmentUrl(), "/api/v1/agencies/TCEB", reporting).statusCode())
        .isEqualTo(401);
    assertThat(get(platform.reportingUrl(), "/api/v1/report-agencies", reporting).statusCode())
        .isEqualTo(401);
  }

  @Test
  @Order(6)
  void ctrlCStopsKeycloakWithEverythingElse() throws Exception {
    List<Long> recorded = platform.recordedPids();
    List<String> lines = Files.readAllLines(platform.state().resolve("pids"));
    assertThat(lines).anyMatch(line -> line.startsWith("keycloak "));

    platform.interrupt();
    assertThat(platform.process().waitFor(180, TimeUnit.SECONDS))
        .as("the run command exits after Ctrl-C")
        .isTrue();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              for (long pid : recorded) {
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("process %d", pid)
                    .isFalse();
              }
              assertThat(
                      ProcessHandle.allProcesses()
                          .filter(
                              p ->
                                  p.info()
                                      .commandLine()
                                      .orElse("")
                                      .contains(platform.state().toString())))
                  .as("processes still using the state directory")
                  .isEmpty();
            });
  }

  /** A list every role may read, on each service. */
  private static Map<String, String> readable() {
    return Map.of(
        platform.assessmentUrl(),
        "/api/v1/agencies",
        platform.measuresUrl(),
        "/api/v1/fiscal-years/2568",
        platform.reportingUrl(),
        "/api/v1/report-agencies");
  }

  private static void assertOfficerOfDitp(String token) throws Exception {
    JsonNode own = json(get(platform.assessmentUrl(), "/api/v1/agencies", token));
    assertThat(own.get("totalItems").asInt()).isEqualTo(1);
    assertThat(own.get("items").get(0).get("code").asText()).isEqualTo("DITP");
    assertThat(get(platform.assessmentUrl(), "/api/v1/agencies/DITP", token).statusCode())
        .isEqualTo(200);
    assertThat(
            get(platform.measuresUrl(), "/api/v1/agencies/DITP/gap-lists/2567", token).statusCode())
        .isEqualTo(200);
    HttpResponse<String> other = get(platform.assessmentUrl(), "/api/v1/agencies/TCEB", token);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(json(other).get("detail").asText()).contains("'DITP'", "'TCEB'");
    assertThat(
            get(platform.measuresUrl(), "/api/v1/agencies/TCEB/gap-lists/2566", token).statusCode())
        .isEqualTo(403);
    assertThat(registerAgency("KC-OFFICER", token).statusCode()).isEqualTo(403);
  }

  private static List<String> groups(String token) throws IOException {
    List<String> groups = new ArrayList<>();
    claims(token).get("groups").forEach(g -> groups.add(g.asText()));
    return groups;
  }

  private static void assertClaims(String token, String role, String agencyCode, String client)
      throws IOException {
    JsonNode claims = claims(token);
    assertThat(claims.get("iss").asText()).isEqualTo(issuer());
    assertThat(claims.get("azp").asText()).isEqualTo(client);
    assertThat(audiences(claims)).containsExactlyInAnyOrderElementsOf(AUDIENCES);
    assertThat(groups(token)).containsExactly(role);
    if (agencyCode == null) {
      assertThat(claims.has("agency_code")).isFalse();
    } else {
      assertThat(claims.get("agency_code").asText()).isEqualTo(agencyCode);
    }
    // The realm's lifespan of 15 minutes, well within the services' maximum token age of one hour.
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
  }

  private static List<String> audiences(JsonNode claims) {
    JsonNode aud = claims.get("aud");
    List<String> audiences = new ArrayList<>();
    if (aud.isArray()) {
      aud.forEach(a -> audiences.add(a.asText()));
    } else {
      audiences.add(aud.asText());
    }
    return audiences;
  }

  private static JsonNode claims(String token) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
  }

  private static String subject(String token) {
    try {
      return claims(token).path("preferred_username").asText();
    } catch (IOException e) {
      return "?";
    }
  }

  private static String issuer() {
    return "http://localhost:" + keycloakPort + "/realms/ita";
  }

  private static String tokenEndpoint() {
    return issuer() + "/protocol/openid-connect/token";
  }

  private static String passwordToken(String user) throws Exception {
    return token(
        Map.of(
            "grant_type", "password", "client_id", "ita-cli", "username", user, "password", user));
  }

  private static String clientToken(String client) throws Exception {
    return token(
        Map.of(
            "grant_type",
            "client_credentials",
            "client_id",
            client,
            "client_secret",
            client + "-secret"));
  }

  private static String token(Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as("token for %s: %s", form.get("client_id"), response.body())
        .isEqualTo(200);
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  private static HttpResponse<String> registerAgency(String code, String token) throws Exception {
    String body =
        """
        {"code":"%s","nameTh":"หน่วยงานทดสอบ","nameEn":"Test agency","type":"DEPARTMENT",
         "ministry":{"code":"MOC","nameTh":"กระทรวงพาณิชย์","nameEn":"Ministry of Commerce"}}"""
            .formatted(code);
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(platform.assessmentUrl() + "/api/v1/agencies"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String service, String path, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(service + path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }
}
