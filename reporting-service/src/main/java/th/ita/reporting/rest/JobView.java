package th.ita.reporting.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.reporting.job.ReportJob;
import th.ita.reporting.job.ReportJobService;

/**
 * A report job as the API shows it; built here in rest, as it reads the job entity ({@link
 * ReportJobResource}).
 */
@Schema(name = "ReportJob")
public record JobView(
    UUID id,
    @Schema(
            examples = "DASHBOARD",
            enumeration = {ReportJobService.DASHBOARD})
        String kind,
    @Schema(examples = "2567") int fiscalYear,
    String ministry,
    @Schema(
            examples = "xlsx",
            enumeration = {"xlsx", "csv", "pdf", "docx", "html"})
        String format,
    @Schema(
            examples = "th",
            enumeration = {"th", "en"})
        String lang,
    @Schema(examples = "RUNNING") ReportJob.State state,
    @Schema(description = "0-100") int progress,
    @Schema(
            description =
                "How many times a worker has taken the job: a failed attempt is retried, and after"
                    + " ita.jobs.max-attempts (3) the job ends FAILED",
            examples = "1")
        int attempts,
    String requestedBy,
    OffsetDateTime createdAt,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    @Schema(description = "Why it failed; while QUEUED again, why its last attempt failed")
        String error,
    @Schema(description = "When DONE: the file's download path") String file,
    String fileName,
    Long fileSize) {}
