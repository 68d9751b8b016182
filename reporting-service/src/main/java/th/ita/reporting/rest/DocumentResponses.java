package th.ita.reporting.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.render.ReportRenderers;
import th.ita.reporting.render.UnsupportedFormatException;

/**
 * What every document endpoint does the same way: the format from {@code ?format=} or Accept (JSON,
 * the data record, when the client accepts anything), and the rendered document with its
 * Content-Type and, for downloads, a Content-Disposition naming the file. HTML is shown inline.
 */
@ApplicationScoped
public class DocumentResponses {

  /** The media types a document endpoint lists in @Produces and in OpenAPI. */
  static final String PDF = "application/pdf";
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String FORMAT_DESCRIPTION = "html, pdf, docx, xlsx, csv or json; wins over Accept. Without either (or with */*), json: the data record";
  static final String LANG_DESCRIPTION = "th (default: Thai labels, Buddhist-era years) or en (English labels, C.E. years)";

  static final String FILE_FORMAT_DESCRIPTION = "html, pdf, docx, xlsx or csv";

  static final Set<Format> ALL = EnumSet.allOf(Format.class);
  static final Set<Format> RENDERED = EnumSet.complementOf(EnumSet.of(Format.JSON));

  private final ReportRenderers renderers;

  public DocumentResponses(ReportRenderers renderers) {
    this.renderers = renderers;
  }

  /** The format asked for: 400 for a bad {@code format}, 406 when Accept names nothing produced. */
  public Format negotiate(String format, HttpHeaders headers, Set<Format> supported, Format defaultFormat) {
    try {
      return Format.fromMediaTypes(format, headers == null ? null : headers.getAcceptableMediaTypes(), supported,
          defaultFormat);
    } catch (UnsupportedFormatException e) {
      if (e.httpStatus() == 400) {
        throw ProblemException.validation(java.util.List.of(new FieldError("format", e.getMessage(), format)));
      }
      throw new ProblemException(ProblemType.NOT_ACCEPTABLE, e.getMessage());
    }
  }

  public Format negotiate(String format, HttpHeaders headers) {
    return negotiate(format, headers, ALL, Format.JSON);
  }

  /** The format a file path names ({@code measures.pdf}); Accept plays no part, JSON is not a file. */
  public Format negotiateFile(String format) {
    return negotiate(format, null, RENDERED, Format.PDF);
  }

  /** JSON: {@code data}; otherwise the document rendered from it, named {@code baseName}. */
  public Response respond(Format format, Object data, Supplier<ReportDocument> document, String baseName) {
    if (format == Format.JSON) {
      return Response.ok(data, MediaType.APPLICATION_JSON_TYPE).build();
    }
    ReportDocument doc = document.get();
    StreamingOutput body = out -> renderers.render(doc, format, out);
    Response.ResponseBuilder ok = Response.ok(body).type(format.contentType());
    if (format == Format.HTML) {
      ok.header("Content-Disposition", "inline");
    } else {
      ok.header("Content-Disposition", format.attachment(baseName));
    }
    return ok.header("Vary", "Accept").build();
  }
}
