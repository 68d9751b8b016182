package th.ita.measures.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import th.ita.measures.domain.EvidenceFilesUnavailableException;
import th.ita.platform.common.problem.DomainProblems;
import th.ita.platform.common.problem.Problem;

/**
 * The evidence file store out of reach: the platform's 503 problem+json, with {@code Retry-After}
 * so that a client knows to try again.
 */
public class EvidenceFilesUnavailableProblems {

  @ServerExceptionMapper
  public Response unavailable(EvidenceFilesUnavailableException e, UriInfo uri) {
    Problem problem = DomainProblems.toProblem(e).withInstance(uri.getRequestUri().getPath());
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem)
        .header(
            HttpHeaders.RETRY_AFTER,
            String.valueOf(EvidenceFilesUnavailableException.RETRY_AFTER_SECONDS))
        .build();
  }
}
