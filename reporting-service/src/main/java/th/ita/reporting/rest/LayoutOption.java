package th.ita.reporting.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The measures document's layout, for its data and its file endpoint. */
public class LayoutOption {

  static final String LAYOUT_DESCRIPTION =
      "issues (default: the analysis by the seven NACC issues and a table of"
          + " the measures) or tiers (the questions and measures by tier, each measure with a Q1-Q4 timeline)";

  @Parameter(
      name = "layout",
      description = LAYOUT_DESCRIPTION,
      schema = @Schema(enumeration = {"issues", "tiers"}))
  @QueryParam("layout")
  String layout;

  public String layout() {
    return layout;
  }
}
