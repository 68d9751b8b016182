package th.ita.reporting.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two sources of reporting-service's tokens towards measures-service. */
class MeasuresTokensTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void clientCredentialsAreExchangedOnceAndAgainShortlyBeforeTheTokenExpires() throws Exception {
    List<String> forms = new ArrayList<>();
    HttpServer keycloak = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    keycloak.createContext(
        "/token",
        exchange -> {
          String form =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          byte[] body;
          synchronized (forms) {
            forms.add(form);
            body =
                ("{\"access_token\":\"token-" + forms.size() + "\",\"expires_in\":300}")
                    .getBytes(StandardCharsets.UTF_8);
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    keycloak.start();
    try {
      AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T02:00:00Z"));
      ClientCredentialsTokens tokens =
          new ClientCredentialsTokens(
              HttpClient.newHttpClient(),
              URI.create("http://localhost:" + keycloak.getAddress().getPort() + "/token"),
              "reporting-service",
              "s3cret&more",
              Duration.ofSeconds(5),
              now::get);

      assertThat(tokens.token()).isEqualTo("token-1");
      now.set(now.get().plusSeconds(269));
      assertThat(tokens.token()).isEqualTo("token-1");
      now.set(now.get().plusSeconds(1));
      assertThat(tokens.token()).isEqualTo("token-2");
      tokens.forget();
      assertThat(tokens.token()).isEqualTo("token-3");
      assertThat(forms)
          .hasSize(3)
          .allMatch(
              f ->
                  f.equals(
                      "grant_type=client_credentials&client_id=reporting-service"
                          + "&client_secret=s3cret%26more"));
    } finally {
      keycloak.stop(0);
    }
  }

  @Test
  void anUnreachableTokenEndpointIsAnErrorNotAToken() {
    ClientCredentialsTokens tokens =
        new ClientCredentialsTokens(
            HttpClient.newHttpClient(),
            URI.create("http://localhost:1/token"),
            "reporting-service",
            "secret",
            Duration.ofSeconds(2),
            Instant::now);
    assertThatThrownBy(tokens::token).hasMessageContaining("could not be reached");
  }

  @Test
  void aLocalTokenIsAViewerForMeasuresServiceSignedWithTheLocalKey(@TempDir Path dir)
      throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Path key = dir.resolve("private-key.pem");
    Files.writeString(
        key,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T02:00:00Z"));
    LocalSignedTokens tokens = new LocalSignedTokens(key, "https://ita.local/issuer", now::get);

    String token = tokens.token();
    String[] parts = token.split("\\.");
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(pair.getPublic());
    rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertThat(header.get("alg").asText()).isEqualTo("RS256");
    assertThat(claims.get("iss").asText()).isEqualTo("https://ita.local/issuer");
    assertThat(claims.get("aud").toString()).isEqualTo("[\"measures-service\"]");
    assertThat(claims.get("groups").toString()).isEqualTo("[\"viewer\"]");
    assertThat(claims.get("upn").asText()).isEqualTo("reporting-service");
    assertThat(claims.get("iat").asLong()).isEqualTo(now.get().getEpochSecond());
    assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);

    now.set(now.get().plusSeconds(239));
    assertThat(tokens.token()).isEqualTo(token);
    now.set(now.get().plusSeconds(1));
    assertThat(tokens.token()).isNotEqualTo(token);
  }
}
