package th.ita.platform.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two requests racing to create the same thing (an agency code, a plan for a year) meet at a unique
 * constraint: the loser is told, not given a 500. Apart from {@link ProblemMappers} because
 * Hibernate's exception has the simple name of Bean Validation's, which that class maps.
 */
public class DatabaseConstraintMapper {

  private static final Logger LOG = Logger.getLogger(DatabaseConstraintMapper.class);

  @ServerExceptionMapper
  public Response uniqueOrReference(ConstraintViolationException e, UriInfo uri) {
    LOG.debugf(e, "Constraint %s refused a write on %s", e.getConstraintName(), uri.getPath());
    return ProblemMappers.respond(
        ProblemMappers.problem(
            ProblemType.CONFLICT,
            "This conflicts with data that already exists or was changed at the same time; reload and"
                + " try again"),
        uri);
  }
}
