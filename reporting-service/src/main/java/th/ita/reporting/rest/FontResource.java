package th.ita.reporting.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import th.ita.reporting.render.HtmlRenderer;

/**
 * The Sarabun web font of the HTML documents, at {@link HtmlRenderer#DEFAULT_FONT_BASE_URL}, from
 * the classpath folder {@code fonts/}. Only the known files; no token (a browser loads them from
 * the page's CSS), cached for a day.
 */
@Path(HtmlRenderer.DEFAULT_FONT_BASE_URL)
@PermitAll
public class FontResource {

  private static final Map<String, String> FILES =
      Map.of(
          "Sarabun-Regular.ttf", "font/ttf",
          "Sarabun-Bold.ttf", "font/ttf",
          "OFL.txt", "text/plain;charset=UTF-8");

  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  @GET
  @Path("{file}")
  @Operation(hidden = true)
  public Response font(@PathParam("file") String file) {
    String type = FILES.get(file);
    if (type == null) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    byte[] bytes = cache.computeIfAbsent(file, FontResource::read);
    CacheControl cc = new CacheControl();
    cc.setMaxAge(86_400);
    return Response.ok(bytes, type).cacheControl(cc).build();
  }

  private static byte[] read(String file) {
    try (InputStream in =
        FontResource.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("fonts/" + file + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
