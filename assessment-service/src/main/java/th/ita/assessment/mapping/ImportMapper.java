package th.ita.assessment.mapping;

import java.util.List;
import th.ita.assessment.domain.ImportError;
import th.ita.assessment.domain.ImportJob;
import th.ita.assessment.rest.view.ImportViews.ImportErrorPage;
import th.ita.assessment.rest.view.ImportViews.ImportErrorView;
import th.ita.assessment.rest.view.ImportViews.ImportJobView;
import th.ita.platform.common.paging.Page;

/** Bulk imports and their errors as the API shows them. */
public final class ImportMapper {

  private ImportMapper() {}

  /** The job with how many errors it has and the first of them. */
  public static ImportJobView toView(
      ImportJob job, long errorCount, List<ImportError> firstErrors) {
    return new ImportJobView(
        job.id,
        job.state,
        job.fiscalYear,
        job.fileName,
        job.fileFormat,
        job.fileSha256,
        job.publish,
        job.createAgencies,
        job.correctionReason,
        job.rowsTotal,
        job.rowsDone,
        job.agenciesTotal,
        job.agenciesLoaded,
        job.agenciesUnchanged,
        job.agenciesRejected,
        job.agenciesCreated,
        errorCount,
        firstErrors.stream().map(ImportMapper::toView).toList(),
        job.attempts,
        job.failure,
        job.createdAt,
        job.createdBy,
        job.startedAt,
        job.finishedAt);
  }

  public static ImportErrorView toView(ImportError error) {
    return new ImportErrorView(
        error.line(), error.agencyCode(), error.field(), error.message(), error.value());
  }

  public static ImportErrorPage toPage(Page<ImportError> errors) {
    return ImportErrorPage.of(errors.map(ImportMapper::toView));
  }
}
