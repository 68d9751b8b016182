package th.ita.measures.rest;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.EvidenceFile;
import th.ita.measures.domain.Measure;
import th.ita.measures.mapping.PlanMapper;
import th.ita.measures.rest.view.PlanViews.EvidenceFileView;
import th.ita.measures.service.EvidenceFileService;
import th.ita.measures.service.EvidenceThumbnailService;
import th.ita.measures.service.MeasureService;
import th.ita.measures.service.NewFile;
import th.ita.measures.service.PlanAccess;
import th.ita.platform.common.security.CallerAgency;

@Path("/api/v1/evidence/{evidenceId}/files")
@Tag(
    name = "Evidence files",
    description =
        "Photos, signed minutes and reports that prove an evidence entry, kept by the platform")
@Authenticated
// Each call is one transaction, the answer's view included: were the view read after the change
// committed, a connection lost in between would answer 503 for a change that was made.
@Transactional
public class EvidenceFileResource {

  private static final String JPEG = "image/jpeg";
  private static final String PNG = "image/png";
  private static final String PDF = "application/pdf";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final EvidenceFileService files;
  private final EvidenceThumbnailService thumbnails;
  private final MeasureService measures;
  private final PlanAccess access;
  private final PlanMapper mapper;
  private final CallerAgency caller;

  public EvidenceFileResource(
      EvidenceFileService files,
      EvidenceThumbnailService thumbnails,
      MeasureService measures,
      PlanAccess access,
      PlanMapper mapper,
      CallerAgency caller) {
    this.files = files;
    this.thumbnails = thumbnails;
    this.measures = measures;
    this.access = access;
    this.mapper = mapper;
    this.caller = caller;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listEvidenceFiles",
      summary = "The files of an evidence entry",
      description =
          "Each file's name, type, size, SHA-256 and download path, in the order they were uploaded; readable like the entry's measure.")
  @APIResponse(
      responseCode = "200",
      description = "The files",
      content =
          @Content(
              schema = @Schema(implementation = EvidenceFileView.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "404", description = "No such evidence entry")
  public List<EvidenceFileView> list(@PathParam("evidenceId") UUID evidenceId) {
    return readable(evidenceId).files.stream().map(mapper::toView).toList();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "uploadEvidenceFiles",
      summary = "Upload files to an evidence entry",
      description =
          "multipart/form-data with one or more parts named 'file': JPEG or PNG photos, PDF, DOCX or XLSX, each at most ita.evidence.files.max-file-size (10 MB) and all of a measure's files together at most ita.evidence.files.max-measure-size (50 MB), at most 20 per entry. The type is found from the bytes: a file of another kind, or whose declared type or name says otherwise, is refused with 415 naming it; a file too large with 413. Nothing of a refused upload is kept. The measure's version moves on and EvidenceRecorded announces the entry with its files. The agency's own officers or an ita-admin.")
  @APIResponse(
      responseCode = "201",
      description = "The files kept",
      content =
          @Content(
              schema = @Schema(implementation = EvidenceFileView.class, type = SchemaType.ARRAY)))
  @APIResponse(responseCode = "404", description = "No such evidence entry")
  @APIResponse(responseCode = "409", description = "The entry would hold too many files")
  @APIResponse(responseCode = "413", description = "A file, or the measure's files, too large")
  @APIResponse(
      responseCode = "415",
      description = "A file of a kind not kept, or not what its name or declared type say")
  public Response upload(
      @PathParam("evidenceId") UUID evidenceId,
      @Parameter(description = "The files, one part each") @RestForm(EvidenceFileService.PART)
          List<FileUpload> uploads) {
    writable(evidenceId);
    List<NewFile> uploaded =
        uploads == null
            ? List.of()
            : uploads.stream()
                .map(u -> new NewFile(u.fileName(), u.contentType(), u.size(), u.uploadedFile()))
                .toList();
    List<EvidenceFile> kept = files.upload(evidenceId, uploaded, caller.username());
    return Response.status(Response.Status.CREATED)
        .entity(kept.stream().map(mapper::toView).toList())
        .build();
  }

  @GET
  @Path("/{fileId}")
  @Produces({JPEG, PNG, PDF, DOCX, XLSX})
  @Operation(
      operationId = "downloadEvidenceFile",
      summary = "Download a file",
      description =
          "The file's bytes with its Content-Type, Content-Disposition naming it (filename* in UTF-8 for Thai names) and its SHA-256 as ETag (If-None-Match answers 304). Readable like the entry's measure: a draft's files do not exist for those who may not see the draft.")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content = {
        @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
  @APIResponse(responseCode = "404", description = "No such evidence entry or file")
  public Response download(
      @PathParam("evidenceId") UUID evidenceId,
      @PathParam("fileId") UUID fileId,
      @Parameter(description = "The ETag of a copy the client has") @HeaderParam("If-None-Match")
          String ifNoneMatch) {
    EvidenceFile file = files.file(readable(evidenceId), fileId);
    EntityTag tag = new EntityTag(file.sha256);
    if (ifNoneMatch != null && ifNoneMatch.contains("\"" + file.sha256 + "\"")) {
      return Response.notModified(tag).build();
    }
    return Response.ok(files.content(file), file.contentType)
        .tag(tag)
        .header("Content-Disposition", ContentDisposition.attachment(file.fileName))
        .header("Cache-Control", "private, no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("/{fileId}/thumbnail")
  @Produces(JPEG)
  @Operation(
      operationId = "evidenceFileThumbnail",
      summary = "A photo's thumbnail",
      description =
          "The photo scaled down to fit 320×320 pixels, keeping its aspect, as JPEG; a photo smaller than that keeps its size. EXIF orientation is not applied. The ETag is the file's SHA-256 and the size (\"<sha256>-320\"); If-None-Match answers 304. Readable exactly like the file's download: a draft's files do not exist for those who may not see the draft. Only JPEG and PNG files have one: any other file, an image that cannot be read, or one of more than ita.evidence.thumbnails.max-pixels (50 million) pixels or 16,384 a side is a 409 whose reason says which (not-an-image, unreadable-image, image-too-large).")
  @APIResponse(
      responseCode = "200",
      description = "The thumbnail",
      content =
          @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
  @APIResponse(responseCode = "404", description = "No such evidence entry or file")
  @APIResponse(
      responseCode = "409",
      description =
          "The file has no thumbnail: not a JPEG or PNG photo (reason not-an-image), not readable as one (unreadable-image), or too many pixels (image-too-large)")
  public Response thumbnail(
      @PathParam("evidenceId") UUID evidenceId,
      @PathParam("fileId") UUID fileId,
      @Parameter(description = "The ETag of a copy the client has") @HeaderParam("If-None-Match")
          String ifNoneMatch) {
    EvidenceFile file = files.file(readable(evidenceId), fileId);
    thumbnails.requirePhoto(file);
    String value = thumbnails.tag(file);
    EntityTag tag = new EntityTag(value);
    if (ifNoneMatch != null && ifNoneMatch.contains("\"" + value + "\"")) {
      return Response.notModified(tag).build();
    }
    return Response.ok(thumbnails.thumbnail(file), JPEG)
        .tag(tag)
        .header("Cache-Control", "private, no-cache")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @DELETE
  @Path("/{fileId}")
  @Operation(
      operationId = "deleteEvidenceFile",
      summary = "Remove a file",
      description =
          "Removes the file and its bytes. The measure's version moves on and EvidenceRecorded announces the entry without it. The agency's own officers or an ita-admin.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such evidence entry or file")
  public Response delete(
      @PathParam("evidenceId") UUID evidenceId, @PathParam("fileId") UUID fileId) {
    writable(evidenceId);
    files.delete(evidenceId, fileId, caller.username());
    return Response.noContent().build();
  }

  /**
   * An entry of a measure the caller may not see is, to them, no entry: the same 404 as a missing
   * one.
   */
  private Evidence readable(UUID evidenceId) {
    Evidence entry = files.evidence(evidenceId);
    Measure m = measures.get(entry.measureId);
    access.requireRead(m.plan, () -> EvidenceFileService.noEvidence(evidenceId));
    return entry;
  }

  /** 403 for an entry the caller sees but may not change; 404 for one they may not see. */
  private void writable(UUID evidenceId) {
    Evidence entry = readable(evidenceId);
    access.requireWrite(measures.get(entry.measureId).plan.agencyCode);
  }
}
