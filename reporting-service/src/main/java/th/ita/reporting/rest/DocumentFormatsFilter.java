package th.ita.reporting.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds the rendered formats (HTML, PDF, DOCX, XLSX, CSV) beside the JSON data record to the 200
 * answer of every document operation, marked with {@link #MARK}, so that each endpoint documents
 * only its own data schema and generated clients still see every media type it produces.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DocumentFormatsFilter implements OASFilter {

  /** The extension a document operation carries; the filter removes it again. */
  public static final String MARK = "x-ita-document";

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getExtensions() == null || !operation.getExtensions().containsKey(MARK)) {
      return operation;
    }
    operation.removeExtension(MARK);
    APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
    if (ok == null || ok.getContent() == null) {
      return operation;
    }
    Content content = ok.getContent();
    content.addMediaType("text/html", media(false));
    content.addMediaType(DocumentResponses.PDF, media(true));
    content.addMediaType(DocumentResponses.DOCX, media(true));
    content.addMediaType(DocumentResponses.XLSX, media(true));
    content.addMediaType("text/csv", media(false));
    return operation;
  }

  private static org.eclipse.microprofile.openapi.models.media.MediaType media(boolean binary) {
    Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    if (binary) {
      schema.format("binary");
    }
    return OASFactory.createMediaType().schema(schema);
  }
}
