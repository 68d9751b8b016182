package th.ita.reporting.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of a document's data endpoint ({@code …/measures}): the format asked for,
 * which wins over Accept, and the language. A file endpoint ({@code …/measures.pdf}) names its
 * format in the path and takes only {@link RenderOptions}.
 */
public class DocumentOptions extends RenderOptions {

  static final String FORMAT_DESCRIPTION =
      "html, pdf, docx, xlsx, csv or json; wins over Accept. Without either (or with */*), json: the data record";

  @Parameter(
      name = "format",
      description = FORMAT_DESCRIPTION,
      schema = @Schema(enumeration = {"json", "html", "pdf", "docx", "xlsx", "csv"}))
  @QueryParam("format")
  String format;

  public String format() {
    return format;
  }
}
