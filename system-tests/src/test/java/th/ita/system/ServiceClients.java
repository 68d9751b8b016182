package th.ita.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The generated clients of the three services, pointed at a running platform, each carrying the
 * bearer token of a role (and agency, for officers) as a portal would after its token request.
 *
 * <p>Each generated client names its entry class {@code ApiClient}, so those three are written with
 * their package.
 */
final class ServiceClients {

  private final RunningPlatform platform;

  ServiceClients(RunningPlatform platform) {
    this.platform = platform;
  }

  th.ita.client.assessment.ApiClient assessment(String... roleAndAgency) throws Exception {
    var client = new th.ita.client.assessment.ApiClient();
    client.setHttpClientBuilder(http11());
    client.updateBaseUri(platform.assessmentUrl());
    client.setReadTimeout(Duration.ofSeconds(60));
    return client.setRequestInterceptor(bearer(roleAndAgency));
  }

  th.ita.client.measures.ApiClient measures(String... roleAndAgency) throws Exception {
    var client = new th.ita.client.measures.ApiClient();
    client.setHttpClientBuilder(http11());
    client.updateBaseUri(platform.measuresUrl());
    client.setReadTimeout(Duration.ofSeconds(60));
    return client.setRequestInterceptor(bearer(roleAndAgency));
  }

  th.ita.client.reporting.ApiClient reporting(String... roleAndAgency) throws Exception {
    var client = new th.ita.client.reporting.ApiClient();
    client.setHttpClientBuilder(http11());
    client.updateBaseUri(platform.reportingUrl());
    client.setReadTimeout(Duration.ofSeconds(60));
    return client.setRequestInterceptor(bearer(roleAndAgency));
  }

  /**
   * The JDK client's default, HTTP/2 by cleartext upgrade (h2c), now and then misreads the
   * services' plain-HTTP answer to the upgrade as HTTP/2 frames ("Frame type(108) … exceeds
   * MAX_FRAME_SIZE"). The services speak HTTP/1.1 in clear; TLS and HTTP/2 belong to the ingress.
   */
  private static HttpClient.Builder http11() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
  }

  /** How the assessment client reads and writes its models, e.g. to load a seed file into one. */
  ObjectMapper assessmentJson() {
    return th.ita.client.assessment.ApiClient.createDefaultObjectMapper();
  }

  private Consumer<HttpRequest.Builder> bearer(String... roleAndAgency) throws Exception {
    String token = platform.token(roleAndAgency);
    return request -> request.header("Authorization", "Bearer " + token);
  }
}
