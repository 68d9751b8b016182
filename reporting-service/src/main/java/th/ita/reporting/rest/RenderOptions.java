package th.ita.reporting.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * How every document is written: the language of its labels, for the data and the file endpoints
 * alike.
 */
public class RenderOptions {

  static final String LANG_DESCRIPTION =
      "th (default: Thai labels, Buddhist-era years) or en (English labels, C.E. years)";

  @Parameter(
      name = "lang",
      description = LANG_DESCRIPTION,
      schema = @Schema(enumeration = {"th", "en"}))
  @QueryParam("lang")
  String lang;

  public String lang() {
    return lang;
  }
}
