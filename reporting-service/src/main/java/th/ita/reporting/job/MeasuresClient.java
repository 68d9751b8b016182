package th.ita.reporting.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls measures-service ({@code ita.measures.url}) for the thumbnails of evidence photos, with a
 * token of one of two sources: OAuth2 client credentials when {@code ita.measures.client.token-url}
 * is set (Keycloak, production), else a token signed with the local key at {@code
 * ita.measures.client.signing-key} ({@code ./ita}'s local mode).
 */
@ApplicationScoped
public class MeasuresClient {

  /** The thumbnails are 320 pixels a side, a few tens of kilobytes: more is not a thumbnail. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** What one call came to. {@code status} is null when no answer came. */
  public record Answer(Integer status, String mediaType, byte[] bytes, String error) {}

  private final HttpClient http;
  private final String baseUrl;
  private final Duration timeout;
  private final MeasuresTokens tokens;

  public MeasuresClient(
      @ConfigProperty(name = "ita.measures.url", defaultValue = "http://localhost:8082")
          String baseUrl,
      @ConfigProperty(name = "ita.measures.timeout", defaultValue = "PT10S") Duration timeout,
      MeasuresTokens tokens) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.timeout = timeout;
    this.tokens = tokens;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** The token source the configuration names. */
  @Produces
  @ApplicationScoped
  static MeasuresTokens tokens(
      @ConfigProperty(name = "ita.measures.client.token-url") Optional<String> tokenUrl,
      @ConfigProperty(name = "ita.measures.client.client-id", defaultValue = "reporting-service")
          String clientId,
      @ConfigProperty(name = "ita.measures.client.client-secret") Optional<String> clientSecret,
      @ConfigProperty(name = "ita.measures.client.signing-key") Optional<String> signingKey,
      @ConfigProperty(
              name = "ita.measures.client.issuer",
              defaultValue = "https://ita.local/issuer")
          String issuer,
      @ConfigProperty(name = "ita.measures.timeout", defaultValue = "PT10S") Duration timeout) {
    if (tokenUrl.filter(u -> !u.isBlank()).isPresent()) {
      return new ClientCredentialsTokens(
          HttpClient.newBuilder().connectTimeout(timeout).build(),
          URI.create(tokenUrl.get()),
          clientId,
          clientSecret.orElse(""),
          timeout,
          Instant::now);
    }
    if (signingKey.filter(k -> !k.isBlank()).isPresent()) {
      return new LocalSignedTokens(Path.of(signingKey.get()), issuer, Instant::now);
    }
    return () -> {
      throw new IllegalStateException(
          "No identity towards measures-service: set ita.measures.client.token-url (with client-id"
              + " and client-secret) or ita.measures.client.signing-key");
    };
  }

  /** GETs the thumbnail of an evidence file; never throws. */
  public Answer thumbnail(UUID evidenceId, UUID fileId) {
    URI uri =
        URI.create(baseUrl + "/api/v1/evidence/" + evidenceId + "/files/" + fileId + "/thumbnail");
    String token;
    try {
      token = tokens.token();
    } catch (RuntimeException e) {
      return new Answer(null, null, null, "No token: " + e.getMessage());
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "image/jpeg")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status == 401) {
          tokens.forget();
        }
        if (status != 200) {
          return new Answer(status, null, null, "measures-service answered " + status);
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          return new Answer(status, null, null, "The thumbnail is larger than " + MAX_BYTES);
        }
        String type =
            response.headers().firstValue("Content-Type").orElse("").split(";", 2)[0].trim();
        if (!type.equals("image/jpeg") && !type.equals("image/png")) {
          return new Answer(status, null, null, "The thumbnail came as '" + type + "'");
        }
        return new Answer(status, type, bytes, null);
      }
    } catch (HttpTimeoutException e) {
      return new Answer(null, null, null, "Timed out after " + timeout);
    } catch (IOException e) {
      return new Answer(null, null, null, "Not reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, null, null, "Interrupted");
    }
  }
}
