package th.ita.platform.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error answer of the platform.
 *
 * <p>{@code errors} lists every offending field at once, so that a client can fix a request in one
 * round trip instead of discovering the problems one by one.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
    @Schema(
            description = "URI reference naming the kind of problem",
            examples = "/problems/validation")
        URI type,
    @Schema(description = "Short summary of the kind of problem", examples = "Validation failed")
        String title,
    @Schema(description = "HTTP status code", examples = "400") int status,
    @Schema(description = "What went wrong with this request, in plain words") String detail,
    @Schema(description = "The request path") String instance,
    @Schema(description = "Every offending field, for validation problems") List<FieldError> errors,
    @Schema(description = "Extra facts about the problem, e.g. the allowed transitions")
        Map<String, Object> context) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, errors, context);
  }
}
