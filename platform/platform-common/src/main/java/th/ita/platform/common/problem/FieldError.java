package th.ita.platform.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One offending field of a request: a JSON path such as {@code questions[3].score} and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError")
public record FieldError(
    @Schema(examples = "nameTh") String field,
    @Schema(examples = "must not be blank") String message,
    @Schema(description = "The value that was rejected, when it helps") Object rejectedValue) {

  public FieldError(String field, String message) {
    this(field, message, null);
  }
}
