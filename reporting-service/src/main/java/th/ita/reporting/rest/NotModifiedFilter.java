package th.ita.reporting.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * 304 Not Modified for a GET whose answer carries an ETag the client already holds ({@code
 * If-None-Match}): the client keeps its copy and nothing is sent again. A document's ETag names its
 * content ({@link DocumentResponses}), so a match means the same bytes.
 */
@Provider
public class NotModifiedFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200) {
      return;
    }
    EntityTag tag = response.getEntityTag();
    String held = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (tag == null || held == null || !matches(held, tag)) {
      return;
    }
    response.setStatusInfo(Response.Status.NOT_MODIFIED);
    response.setEntity(null);
    response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    response.getHeaders().remove("Content-Disposition");
  }

  /** {@code *} or a list of tags, compared weakly as RFC 9110 says for If-None-Match. */
  static boolean matches(String ifNoneMatch, EntityTag tag) {
    if (ifNoneMatch.trim().equals("*")) {
      return true;
    }
    for (String held : ifNoneMatch.split(",")) {
      String value = held.trim();
      if (value.startsWith("W/")) {
        value = value.substring(2);
      }
      if (value.equals("\"" + tag.getValue() + "\"")) {
        return true;
      }
    }
    return false;
  }
}
