package th.ita.reporting.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.security.Roles;
import th.ita.reporting.job.ReportJob;
import th.ita.reporting.job.ReportJobService;
import th.ita.reporting.service.ReportAccess;

@Path("/api/v1/report-jobs")
@Tag(name = "Report jobs", description = "Reports rendered in the background and their files")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportJobResource {

  private final ReportJobService jobs;
  private final ReportAccess access;
  private final SecurityIdentity identity;

  public ReportJobResource(ReportJobService jobs, ReportAccess access, SecurityIdentity identity) {
    this.jobs = jobs;
    this.access = access;
    this.identity = identity;
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getReportJob",
      summary = "A report job",
      description =
          "Its state (QUEUED, RUNNING, DONE, FAILED), progress in percent, attempts and, when DONE, "
              + "the link to its file. A failed attempt is tried again; after ita.jobs.max-attempts the job ends "
              + "FAILED with the reason. Only the requester and ita-admins.")
  @APIResponse(
      responseCode = "200",
      description = "The job",
      content = @Content(schema = @Schema(implementation = JobView.class)))
  @APIResponse(responseCode = "404", description = "No such job, or not the caller's")
  public JobView get(@Parameter(description = "The job id") @PathParam("id") UUID id) {
    return view(visible(id));
  }

  @GET
  @Path("/{id}/file")
  @Produces({
    DocumentResponses.XLSX,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    "text/csv",
    MediaType.TEXT_HTML,
    MediaType.APPLICATION_JSON
  })
  @Operation(
      operationId = "getReportJobFile",
      summary = "The file of a finished report job",
      description =
          "The rendered file, as an attachment named after the report (e.g. dashboard-2567.xlsx). "
              + "Only the requester and ita-admins; 409 while the job is not DONE.")
  @APIResponse(
      responseCode = "200",
      description = "The file",
      content = {
        @Content(
            mediaType = DocumentResponses.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = DocumentResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = DocumentResponses.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))
      })
  @APIResponse(responseCode = "404", description = "No such job, or not the caller's")
  @APIResponse(responseCode = "409", description = "The job has not finished, or failed")
  public Response file(@Parameter(description = "The job id") @PathParam("id") UUID id) {
    ReportJob job = visible(id);
    if (job.state != ReportJob.State.DONE) {
      throw ProblemException.conflict(
          "Report job "
              + id
              + " is "
              + job.state
              + ", not DONE"
              + (job.error == null ? "" : ": " + job.error));
    }
    byte[] file = jobs.file(id);
    String base =
        job.fileName.contains(".")
            ? job.fileName.substring(0, job.fileName.lastIndexOf('.'))
            : job.fileName;
    String ext = job.fileName.substring(job.fileName.lastIndexOf('.') + 1);
    String disposition = "attachment; filename=\"" + base + "." + ext + "\"";
    return Response.ok(file)
        .type(job.contentType)
        .header("Content-Disposition", disposition)
        .build();
  }

  /** 404 rather than 403 for another caller's job: its existence is not theirs to know. */
  private ReportJob visible(UUID id) {
    ReportJob job = jobs.find(id).orElseThrow(() -> ProblemException.notFound("Report job", id));
    if (!identity.hasRole(Roles.ADMIN) && !job.requestedBy.equals(access.username())) {
      throw new ProblemException(ProblemType.NOT_FOUND, "Report job '" + id + "' does not exist");
    }
    return job;
  }

  /** The job as the API shows it; its file is linked only when it is done. */
  static JobView view(ReportJob j) {
    return new JobView(
        j.id,
        j.kind,
        j.fiscalYear,
        j.ministry,
        j.format,
        j.lang,
        j.state,
        j.progress,
        j.attempts,
        j.requestedBy,
        j.createdAt,
        j.startedAt,
        j.finishedAt,
        j.error,
        j.state == ReportJob.State.DONE ? "/api/v1/report-jobs/" + j.id + "/file" : null,
        j.fileName,
        j.fileSize);
  }
}
