package th.ita.reporting.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import th.ita.reporting.render.Format;

/**
 * Lists the rendered formats (HTML, PDF, DOCX, XLSX, CSV) in the 200 answer of every document
 * operation marked with {@link #MARK}, so each endpoint declares only what is its own:
 *
 * <ul>
 *   <li>{@link #DATA}: the data operation ({@code …/measures}) keeps its JSON schema and gains the
 *       rendered formats it also serves by {@code ?format=} or Accept;
 *   <li>{@link #FILE}: the file operation ({@code …/measures.pdf}) answers only rendered formats,
 *       each as binary, so a generated client downloads bytes instead of parsing JSON.
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DocumentFormatsFilter implements OASFilter {

  /** The extension a document operation carries; the filter removes it again. */
  public static final String MARK = "x-ita-document";

  public static final String DATA = "data";
  public static final String FILE = "file";

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getExtensions() == null || !operation.getExtensions().containsKey(MARK)) {
      return operation;
    }
    boolean file = FILE.equals(operation.getExtensions().get(MARK));
    operation.removeExtension(MARK);
    if (operation.getResponses() == null) {
      return operation;
    }
    // The annotation scanner copies an operation's extensions onto its responses as well.
    operation.getResponses().removeExtension(MARK);
    operation.getResponses().getAPIResponses().values().forEach(r -> r.removeExtension(MARK));
    APIResponse ok = operation.getResponses().getAPIResponse("200");
    if (ok == null) {
      return operation;
    }
    if (ok.getContent() == null) {
      ok.setContent(OASFactory.createContent());
    }
    Content content = ok.getContent();
    for (Format format : Format.values()) {
      if (format != Format.JSON) {
        content.addMediaType(format.mediaType(), media(file || !format.text()));
      }
    }
    return operation;
  }

  private static MediaType media(boolean binary) {
    Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    if (binary) {
      schema.format("binary");
    }
    return OASFactory.createMediaType().schema(schema);
  }
}
