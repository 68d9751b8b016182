package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.security.VerifiedTokens;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * The rules every service applies to a bearer token, shown on assessment-service (they come from
 * platform-common's shared configuration): the audience must name this service, a token is accepted
 * for at most an hour after it was issued, and a malformed platform claim is a 401, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class TokenChecksTest {

  private static final String AGENCIES = "/api/v1/agencies";

  @Inject JWTParser parser;

  @Test
  void bearerTokensGoThroughThePlatformsVerifiedTokens() {
    // What keeps a caller's verified token: the bearer check must use it, not the default parser.
    assertThat(parser).isInstanceOf(VerifiedTokens.class);
    String token = TestTokens.viewer();
    assertAccepted(token);
    assertAccepted(token);
    // Kept or not, a token for another service is refused each time.
    String elsewhere = TestTokens.forAudience("viewer", null, "measures-service");
    assertRefused(elsewhere);
    assertRefused(elsewhere);
  }

  @Test
  void aTokenMustBeIssuedForThisService() {
    assertAccepted(TestTokens.viewer());
    assertAccepted(TestTokens.forAudience("viewer", null, "assessment-service"));
    assertAccepted(TestTokens.forAudience("viewer", null, "account", "assessment-service"));

    assertRefused(TestTokens.forAudience("viewer", null, "measures-service"));
    assertRefused(
        TestTokens.forAudience("ita-admin", null, "reporting-service", "measures-service"));
    assertRefused(TestTokens.forAudience("ita-admin", null, "account"));
    assertRefused(TestTokens.with("ita-admin", null, claims -> claims.unsetClaim("aud")));
  }

  @Test
  void aTokenIsAcceptedForOneHourAfterItWasIssued() {
    assertAccepted(TestTokens.issuedAgo("viewer", Duration.ofMinutes(59)));
    assertRefused(TestTokens.issuedAgo("viewer", Duration.ofMinutes(61)));
    assertRefused(TestTokens.issuedAgo("ita-admin", Duration.ofHours(12)));
    // The age is counted from "iat", so a token must carry it.
    assertRefused(TestTokens.with("viewer", null, claims -> claims.unsetClaim("iat")));
    assertRefused(TestTokens.expired("viewer"));
  }

  @Test
  void aMalformedAgencyCodeIsRefusedWithA401NamingTheClaim() {
    assertAccepted(TestTokens.officer("DITP"));
    for (Object malformed :
        List.of(
            42,
            List.of("DITP"),
            Map.of("code", "DITP"),
            true,
            "",
            "DITP/../MFA",
            "DITP OR 1=1",
            "A".repeat(33))) {
      String token =
          TestTokens.with(
              "agency-officer", null, claims -> claims.setClaim("agency_code", malformed));
      given()
          .auth()
          .oauth2(token)
          .get(AGENCIES + "/DITP")
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", "Bearer")
          .body("type", equalTo("/problems/unauthenticated"))
          .body("detail", containsString("agency_code"));
    }
    // Read for every role, not only officers: the claim's shape is checked before the role is.
    String viewer = TestTokens.with("viewer", null, claims -> claims.setClaim("agency_code", 7));
    given()
        .auth()
        .oauth2(viewer)
        .get(AGENCIES)
        .then()
        .statusCode(401)
        .body("detail", containsString("agency_code"));
  }

  @Test
  void groupsMustBeAnArrayOfRoleNames() {
    for (Object malformed :
        List.of(
            "viewer",
            "ita-admin viewer",
            5,
            List.of(1, 2),
            List.of(""),
            Map.of("role", "ita-admin"),
            List.of(List.of("ita-admin")))) {
      String token =
          TestTokens.with("viewer", null, claims -> claims.setClaim("groups", malformed));
      given()
          .auth()
          .oauth2(token)
          .get(AGENCIES)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("detail", containsString("groups"));
    }
    // No groups at all is a caller without a role: known, and refused what needs one.
    String roleless = TestTokens.with("viewer", null, claims -> claims.unsetClaim("groups"));
    given().auth().oauth2(roleless).get(AGENCIES).then().statusCode(200);
    given()
        .auth()
        .oauth2(roleless)
        .contentType("application/json")
        .body(AgencyData.agency("TOK-1").named("ก").json())
        .post(AGENCIES)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  private static void assertAccepted(String token) {
    given().auth().oauth2(token).get(AGENCIES).then().statusCode(200);
  }

  private static void assertRefused(String token) {
    given()
        .auth()
        .oauth2(token)
        .get(AGENCIES)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer")
        .body("type", equalTo("/problems/unauthenticated"));
  }
}
