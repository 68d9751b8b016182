package th.ita.reporting.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Tokens from an OAuth2 token endpoint with the client-credentials grant (Keycloak's client {@code
 * reporting-service}), kept until 30 seconds before they expire (or half their lifetime, for short
 * ones), so each is fetched once however many thumbnails are fetched with it.
 */
final class ClientCredentialsTokens implements MeasuresTokens {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI tokenUrl;
  private final String clientId;
  private final String clientSecret;
  private final Duration timeout;
  private final Supplier<Instant> now;
  private String token;
  private Instant renewAt = Instant.MIN;

  ClientCredentialsTokens(
      HttpClient http,
      URI tokenUrl,
      String clientId,
      String clientSecret,
      Duration timeout,
      Supplier<Instant> now) {
    this.http = http;
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.timeout = timeout;
    this.now = now;
  }

  @Override
  public synchronized String token() {
    Instant at = now.get();
    if (token != null && at.isBefore(renewAt)) {
      return token;
    }
    String form =
        "grant_type=client_credentials&client_id="
            + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + "&client_secret="
            + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(tokenUrl)
            .timeout(timeout)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "The token endpoint " + tokenUrl + " answered " + response.statusCode());
      }
      JsonNode body = JSON.readTree(response.body());
      String accessToken = body.path("access_token").asText(null);
      if (accessToken == null) {
        throw new IllegalStateException("The token endpoint " + tokenUrl + " gave no access_token");
      }
      long lifetime = body.path("expires_in").asLong(60);
      token = accessToken;
      renewAt = at.plusSeconds(Math.max(1, Math.max(lifetime - 30, lifetime / 2)));
      return token;
    } catch (IOException e) {
      throw new UncheckedIOException("The token endpoint " + tokenUrl + " could not be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while fetching a token", e);
    }
  }

  @Override
  public synchronized void forget() {
    token = null;
  }
}
