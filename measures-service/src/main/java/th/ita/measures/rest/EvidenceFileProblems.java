package th.ita.measures.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import th.ita.measures.service.EvidenceFileRefusedException;
import th.ita.measures.service.EvidenceFileService;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.Problem;
import th.ita.platform.common.problem.ProblemType;

/** A refused evidence file as problem+json: 413 when too large, 415 when of the wrong kind. */
public class EvidenceFileProblems {

  @ServerExceptionMapper
  public Response refused(EvidenceFileRefusedException e, UriInfo uri) {
    ProblemType type =
        switch (e.reason()) {
          case TOO_LARGE -> ProblemType.TOO_LARGE;
          case UNSUPPORTED_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
        };
    Problem problem =
        new Problem(
            type.uri(),
            type.title(),
            type.status(),
            e.getMessage(),
            uri.getRequestUri().getPath(),
            List.of(new FieldError(EvidenceFileService.PART, e.getMessage(), e.fileName())),
            Map.of("fileName", e.fileName()));
    return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
