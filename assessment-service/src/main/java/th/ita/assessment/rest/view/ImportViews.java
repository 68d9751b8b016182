package th.ita.assessment.rest.view;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.assessment.domain.ImportJob;
import th.ita.platform.common.paging.Page;

/** What clients see of bulk imports. */
public final class ImportViews {

  private ImportViews() {}

  @Schema(name = "ImportJob", description = "A bulk import and how far it has got")
  public record ImportJobView(
      UUID id,
      @Schema(
              description =
                  "QUEUED, RUNNING, DONE (every agency loaded, unchanged or rejected) or FAILED (stopped for a reason that is not the data; agencies loaded before stay loaded)")
          ImportJob.State state,
      int fiscalYear,
      String fileName,
      ImportJob.FileFormat fileFormat,
      @Schema(
              description =
                  "SHA-256 of the file; the same file with the same options is the same import")
          String fileSha256,
      boolean publish,
      boolean createAgencies,
      String correctionReason,
      int rowsTotal,
      int rowsDone,
      int agenciesTotal,
      @Schema(description = "Agencies whose result was stored (and published, with publish=true)")
          int agenciesLoaded,
      @Schema(description = "Agencies whose latest result already had exactly these scores")
          int agenciesUnchanged,
      @Schema(description = "Agencies refused whole; see errors") int agenciesRejected,
      @Schema(description = "Agencies added to the registry from the file") int agenciesCreated,
      long errorCount,
      @Schema(description = "The first errors; all of them at /errors")
          List<ImportErrorView> errors,
      @Schema(
              description =
                  "How many times a worker has taken the job: a failed attempt, or a replica that stopped, makes another; after ita.jobs.max-attempts (3) the job ends FAILED",
              examples = "1")
          int attempts,
      @Schema(
              description =
                  "Why the job FAILED; while it is QUEUED again, why its last attempt failed")
          String failure,
      OffsetDateTime createdAt,
      String createdBy,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt) {}

  @Schema(
      name = "ImportError",
      description = "A problem in an import file; the agency it belongs to was not loaded")
  public record ImportErrorView(
      @Schema(
              description =
                  "Line in the file, the header being line 1 (the spreadsheet row); absent when the problem is the agency's as a whole",
              examples = "17")
          Integer line,
      @Schema(examples = "DITP") String agencyCode,
      @Schema(description = "The column at fault", examples = "score") String field,
      @Schema(examples = "must be between 0 and 100") String message,
      @Schema(examples = "101") String value) {}

  @Schema(name = "ImportJobPage")
  public record ImportJobPage(
      List<ImportJobView> items, int page, int size, long totalItems, int totalPages) {
    public static ImportJobPage of(Page<ImportJobView> p) {
      return new ImportJobPage(p.items(), p.page(), p.size(), p.totalItems(), p.totalPages());
    }
  }

  @Schema(name = "ImportErrorPage")
  public record ImportErrorPage(
      List<ImportErrorView> items, int page, int size, long totalItems, int totalPages) {
    public static ImportErrorPage of(Page<ImportErrorView> p) {
      return new ImportErrorPage(p.items(), p.page(), p.size(), p.totalItems(), p.totalPages());
    }
  }
}
