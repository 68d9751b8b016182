package th.ita.reporting.job;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.reporting.domain.WebhookEvent;
import th.ita.reporting.service.WebhookAddresses;
import th.ita.reporting.service.WebhookSecrets;

/**
 * Posts one event to one receiver as a CloudEvent in HTTP binary mode ({@code ce-*} headers, the
 * event's JSON data as the body), signed as Standard Webhooks describes ({@code webhook-id}, {@code
 * webhook-timestamp}, {@code webhook-signature}). The address is checked again, after DNS
 * resolution, just before the call; redirects are never followed (a 3xx is a failure), and at most
 * {@code ita.webhooks.max-response-bytes} of the answer are read, for the log.
 */
@ApplicationScoped
public class WebhookSender {

  /** What one attempt came to. {@code status} is null when no answer came. */
  public record Attempt(Integer status, long latencyMs, String error) {
    public boolean delivered() {
      return status != null && status >= 200 && status < 300;
    }
  }

  private final HttpClient http;
  private final WebhookAddresses addresses;
  private final Duration readTimeout;
  private final int maxResponseBytes;

  public WebhookSender(
      WebhookAddresses addresses,
      @ConfigProperty(name = "ita.webhooks.connect-timeout", defaultValue = "PT5S")
          Duration connectTimeout,
      @ConfigProperty(name = "ita.webhooks.read-timeout", defaultValue = "PT10S")
          Duration readTimeout,
      @ConfigProperty(name = "ita.webhooks.max-response-bytes", defaultValue = "4096")
          int maxResponseBytes) {
    this.addresses = addresses;
    this.readTimeout = readTimeout;
    this.maxResponseBytes = maxResponseBytes;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /**
   * @param secrets the secrets in clear to sign with: the current one, and while a rotation's
   *     overlap lasts the previous one
   */
  public Attempt send(String url, WebhookEvent event, List<String> secrets) {
    Optional<String> refusal = addresses.refusal(url);
    if (refusal.isPresent()) {
      return new Attempt(null, 0, "Not sent: the URL " + refusal.get());
    }
    // Real time, not the platform's clock: receivers check it against their own clocks, which a
    // rehearsal platform's offset (ita.clock.offset) must not put days apart.
    long timestamp = Instant.now().getEpochSecond();
    List<String> signatures = new ArrayList<>();
    for (String secret : secrets) {
      signatures.add(WebhookSecrets.sign(secret, event.id, timestamp, event.data));
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(readTimeout)
            .header("Content-Type", "application/json")
            .header("User-Agent", "ITA-platform-webhooks/1.0")
            .header("ce-specversion", "1.0")
            .header("ce-id", event.id)
            .header("ce-type", event.type)
            .header("ce-source", event.source)
            .header("webhook-id", event.id)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", String.join(" ", signatures))
            .POST(HttpRequest.BodyPublishers.ofString(event.data, StandardCharsets.UTF_8));
    if (event.subject != null) {
      request.header("ce-subject", event.subject);
    }
    if (event.time != null) {
      request.header("ce-time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time));
    }
    if (event.dataSchema != null) {
      request.header("ce-dataschema", event.dataSchema);
    }
    long start = System.nanoTime();
    try {
      HttpResponse<InputStream> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      long latency = (System.nanoTime() - start) / 1_000_000;
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        response.body().close(); // a success's body says nothing we keep
        return new Attempt(status, latency, null);
      }
      String body = head(response.body());
      String error =
          status >= 300 && status < 400
              ? "HTTP "
                  + status
                  + " redirect to "
                  + response.headers().firstValue("Location").orElse("nowhere")
                  + ": redirects are not followed; subscribe with the final URL"
              : "HTTP " + status + (body.isBlank() ? "" : ": " + body);
      return new Attempt(status, latency, error);
    } catch (HttpTimeoutException e) {
      return new Attempt(null, elapsed(start), "Timed out: " + e.getMessage());
    } catch (IOException e) {
      return new Attempt(
          null, elapsed(start), e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(null, elapsed(start), "Interrupted while sending");
    }
  }

  private static long elapsed(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * The start of the answer, for the log; the rest is never read. Within the read timeout: the
   * request's timeout ends with the headers, and a body sent a byte at a time must not hold the
   * worker.
   */
  private String head(InputStream body) throws IOException {
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(body.readNBytes(maxResponseBytes), StandardCharsets.UTF_8)
                    .strip();
              } catch (IOException e) {
                return "";
              }
            });
    try {
      return read.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return "(its body did not arrive within the read timeout)";
    } catch (ExecutionException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    } finally {
      body.close(); // also ends a read still waiting
    }
  }
}
