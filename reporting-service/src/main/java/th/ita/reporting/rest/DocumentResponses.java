package th.ita.reporting.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.rest.CacheDirectives;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.RenderedDocuments;
import th.ita.reporting.render.ReportDocument;
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

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String FILE_FORMAT_DESCRIPTION = "html, pdf, docx, xlsx or csv";

  static final Set<Format> ALL = EnumSet.allOf(Format.class);
  static final Set<Format> RENDERED = EnumSet.complementOf(EnumSet.of(Format.JSON));

  private final RenderedDocuments rendered;

  /** The current request's headers (a request-scoped proxy: this bean outlives requests). */
  private final HttpHeaders request;

  public DocumentResponses(RenderedDocuments rendered, HttpHeaders request) {
    this.rendered = rendered;
    this.request = request;
  }

  private boolean renderAnew() {
    return CacheDirectives.noCache(request.getHeaderString(HttpHeaders.CACHE_CONTROL));
  }

  /** The format asked for: 400 for a bad {@code format}, 406 when Accept names nothing produced. */
  public Format negotiate(
      String format, HttpHeaders headers, Set<Format> supported, Format defaultFormat) {
    try {
      return Format.fromRequest(
          format,
          headers == null ? List.of() : ranges(headers.getAcceptableMediaTypes()),
          supported,
          defaultFormat);
    } catch (UnsupportedFormatException e) {
      if (e.httpStatus() == 400) {
        throw ProblemException.validation(
            List.of(new FieldError("format", e.getMessage(), format)));
      }
      throw new ProblemException(ProblemType.NOT_ACCEPTABLE, e.getMessage());
    }
  }

  public Format negotiate(String format, HttpHeaders headers) {
    return negotiate(format, headers, ALL, Format.JSON);
  }

  /**
   * Accept ranges as {@link Format} reads them, from JAX-RS' {@code
   * HttpHeaders.getAcceptableMediaTypes()}: already sorted by quality, and {@code *}{@code /*} when
   * the client sent no Accept.
   */
  static List<String> ranges(List<MediaType> acceptable) {
    return acceptable == null
        ? List.of()
        : acceptable.stream()
            .map(
                m ->
                    m.getType()
                        + "/"
                        + m.getSubtype()
                        + (m.getParameters().containsKey("q")
                            ? ";q=" + m.getParameters().get("q")
                            : ""))
            .toList();
  }

  /**
   * The format a file path names ({@code measures.pdf}); Accept plays no part, JSON is not a file.
   */
  public Format negotiateFile(String format) {
    return negotiate(format, null, RENDERED, Format.PDF);
  }

  /**
   * JSON: {@code data}; otherwise the document rendered from it, named {@code baseName}, from the
   * cache when the same document was rendered before. Its ETag names the content, so a client that
   * has it gets 304 ({@link NotModifiedFilter}); {@code private, no-cache}: a browser may keep it
   * but asks each time, since a plan or result may change at any moment.
   */
  public Response respond(
      Format format, Object data, Supplier<ReportDocument> document, String baseName) {
    if (format == Format.JSON) {
      return Response.ok(data, MediaType.APPLICATION_JSON_TYPE).build();
    }
    RenderedDocuments.Rendered doc = rendered.render(document.get(), format, renderAnew());
    Response.ResponseBuilder ok =
        Response.ok(doc.bytes())
            .type(format.contentType())
            .tag(new EntityTag(doc.tag()))
            .header("Cache-Control", "private, no-cache");
    if (format == Format.HTML) {
      ok.header("Content-Disposition", "inline");
    } else {
      ok.header("Content-Disposition", format.attachment(baseName));
    }
    return ok.header("Vary", "Accept").build();
  }
}
