package th.ita.assessment.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.assessment.domain.ImportJob;
import th.ita.assessment.domain.ImportJob.FileFormat;
import th.ita.assessment.mapping.ImportMapper;
import th.ita.assessment.mapping.ImportTemplate;
import th.ita.assessment.rest.view.ImportViews.ImportErrorPage;
import th.ita.assessment.rest.view.ImportViews.ImportJobPage;
import th.ita.assessment.rest.view.ImportViews.ImportJobView;
import th.ita.assessment.service.FrameworkService;
import th.ita.assessment.service.ImportService;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.security.Roles;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.StoredText;

@Path("/api/v1/imports")
@Tag(
    name = "Imports",
    description = "Bulk import of many agencies' results from CSV or XLSX (docs/import-format.md)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv";
  private static final int ERRORS_IN_JOB = 100;

  private final ImportService imports;
  private final FrameworkService frameworks;
  private final CallerAgency caller;

  public ImportResource(ImportService imports, FrameworkService frameworks, CallerAgency caller) {
    this.imports = imports;
    this.frameworks = frameworks;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
  @Consumes({CSV, XLSX})
  @Operation(
      operationId = "startImport",
      summary = "Import results of many agencies",
      description =
          "Send the file as the body (text/csv in UTF-8, or an XLSX workbook whose first sheet holds the rows), one row per agency, question and part; the template of each year is at /api/v1/imports/templates/{fiscalYear}. The file is read at once: an unreadable file or an unknown column is refused with 400 and nothing changes. The agencies are then loaded by a job (202, Location of the job): each agency is loaded whole or rejected whole with its errors and line numbers. Sending the same file with the same options again answers 200 with the first job and changes nothing; an agency whose latest result already has the file's scores is counted unchanged. Assessors and ita-admins only.")
  @RequestBody(
      required = true,
      content = {
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "202",
      description = "The import job, queued",
      content = @Content(schema = @Schema(implementation = ImportJobView.class)))
  @APIResponse(
      responseCode = "200",
      description = "This file was imported with these options before; its job",
      content = @Content(schema = @Schema(implementation = ImportJobView.class)))
  @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX")
  public Response start(
      @Parameter(
              description = "Buddhist-era fiscal year of the results",
              required = true,
              example = "2567")
          @QueryParam("fiscalYear")
          @NotNull
          @BuddhistYear
          Integer fiscalYear,
      @Parameter(description = "Publish each loaded result (and announce it with ResultPublished)")
          @QueryParam("publish")
          @DefaultValue("false")
          boolean publish,
      @Parameter(
              description =
                  "Register agencies that are not in the registry, from the file's agency columns")
          @QueryParam("createAgencies")
          @DefaultValue("false")
          boolean createAgencies,
      @Parameter(
              description =
                  "Why published results are corrected; without it, an agency whose published result differs is rejected")
          @QueryParam("correctionReason")
          @Size(max = 2000)
          @StoredText
          String correctionReason,
      @Parameter(description = "The file's name, kept with the job", example = "ita2567.csv")
          @QueryParam("fileName")
          @Size(max = 300)
          @StoredText
          String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body) {
    FileFormat format =
        contentType != null && contentType.toLowerCase().startsWith(XLSX)
            ? FileFormat.XLSX
            : FileFormat.CSV;
    var accepted =
        imports.accept(
            body,
            format,
            new ImportService.Options(
                fiscalYear, publish, createAgencies, blankToNull(correctionReason), fileName),
            caller.username());
    ImportJob job = accepted.job();
    return Response.status(accepted.created() ? Response.Status.ACCEPTED : Response.Status.OK)
        .location(URI.create("/api/v1/imports/" + job.id))
        .entity(view(job))
        .build();
  }

  @GET
  @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
  @Operation(
      operationId = "listImports",
      summary = "Imports, newest first",
      description =
          "Every import with its state and counts (without its errors). Assessors and ita-admins only.")
  @APIResponse(
      responseCode = "200",
      description = "A page of imports",
      content = @Content(schema = @Schema(implementation = ImportJobPage.class)))
  public ImportJobPage list(@Valid @BeanParam PageRequest page) {
    return ImportJobPage.of(imports.list(page).map(job -> ImportMapper.toView(job, 0, List.of())));
  }

  @GET
  @Path("/{importId}")
  @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
  @Operation(
      operationId = "getImport",
      summary = "An import's state, progress and first errors",
      description =
          "State (QUEUED, RUNNING, DONE, FAILED), rows done of total, agencies loaded, unchanged, rejected and created, and the first 100 errors with their line numbers. Poll it until the state is DONE or FAILED.")
  @APIResponse(
      responseCode = "200",
      description = "The import",
      content = @Content(schema = @Schema(implementation = ImportJobView.class)))
  @APIResponse(responseCode = "404", description = "No such import")
  public ImportJobView get(@PathParam("importId") UUID id) {
    return view(imports.get(id));
  }

  @GET
  @Path("/{importId}/errors")
  @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
  @Operation(
      operationId = "listImportErrors",
      summary = "Every error of an import, in the order found",
      description =
          "Each error names the line (the header is line 1; absent for a problem of the agency as a whole), the agency, the column and the rejected value. An agency with any error was not loaded.")
  @APIResponse(
      responseCode = "200",
      description = "A page of errors",
      content = @Content(schema = @Schema(implementation = ImportErrorPage.class)))
  @APIResponse(responseCode = "404", description = "No such import")
  public ImportErrorPage errors(
      @PathParam("importId") UUID id, @Valid @BeanParam PageRequest page) {
    return ImportMapper.toPage(imports.errors(id, page));
  }

  @GET
  @Path("/templates/{fiscalYear}")
  @Produces({CSV, XLSX})
  @Operation(
      operationId = "getImportTemplate",
      summary = "The import template of a fiscal year",
      description =
          "A file with the columns and one row per question of the year's framework (one per part for EIT questions with parts); fill in the agency columns and the scores. `format` chooses csv (UTF-8 with BOM) or xlsx (with a sheet that explains each column).")
  @APIResponse(
      responseCode = "200",
      description = "The template",
      content = {
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(responseCode = "404", description = "No framework for that year")
  public Response template(
      @Parameter(example = "2567") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "csv or xlsx", example = "xlsx")
          @QueryParam("format")
          @DefaultValue("csv")
          String format) {
    var framework = frameworks.get(fiscalYear);
    String name = "ita-import-template-" + fiscalYear;
    return switch (format.toLowerCase()) {
      case "csv" -> download(ImportTemplate.csv(framework), CSV + ";charset=UTF-8", name + ".csv");
      case "xlsx" -> download(ImportTemplate.xlsx(framework), XLSX, name + ".xlsx");
      default ->
          throw ProblemException.validation(
              List.of(new FieldError("format", "format must be csv or xlsx", format)));
    };
  }

  private ImportJobView view(ImportJob job) {
    var first = imports.errors(job.id, PageRequest.of(0, ERRORS_IN_JOB));
    return ImportMapper.toView(job, first.totalItems(), first.items());
  }

  private static Response download(byte[] body, String type, String fileName) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
