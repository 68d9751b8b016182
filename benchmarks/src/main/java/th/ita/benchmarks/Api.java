package th.ita.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** The public API, as any client calls it. */
final class Api {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String baseUrl;
  private final String token;

  Api(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  String token() {
    return token;
  }

  String get(String path) throws IOException, InterruptedException {
    return get(path, null);
  }

  /** A GET with the request's Cache-Control, when one is given. */
  String get(String path, String cacheControl) throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path).GET();
    if (cacheControl != null) {
      request.header("Cache-Control", cacheControl);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException(
          "GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  JsonNode getJson(String path) throws IOException, InterruptedException {
    return json.readTree(get(path));
  }

  JsonNode postFile(String path, Path file, String contentType)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            request(path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IOException(
          "POST " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Bearer " + token);
  }
}
