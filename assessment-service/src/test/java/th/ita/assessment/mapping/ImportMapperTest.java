package th.ita.assessment.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.ImportError;
import th.ita.assessment.domain.ImportJob;
import th.ita.assessment.domain.ImportJob.FileFormat;
import th.ita.assessment.domain.ImportJob.State;
import th.ita.assessment.rest.view.ImportViews.ImportErrorPage;
import th.ita.assessment.rest.view.ImportViews.ImportErrorView;
import th.ita.assessment.rest.view.ImportViews.ImportJobView;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;

/** An import job and its errors keep every field as stored; only the shape changes. */
class ImportMapperTest {

  private static final ImportError BAD_SCORE =
      new ImportError(17, "DITP", "score", "must be between 0 and 100", "101");
  private static final ImportError NO_TYPE =
      new ImportError(null, "NEW-1", "agency_type", "unknown agency type", null);

  @Test
  void aJobShowsItsCountersAndItsFirstErrors() {
    ImportJob job = new ImportJob();
    job.id = UUID.fromString("00000000-0000-0000-0000-000000000001");
    job.state = State.DONE;
    job.fiscalYear = 2567;
    job.fileName = "results.csv";
    job.fileFormat = FileFormat.CSV;
    job.fileSha256 = "ab".repeat(32);
    job.publish = true;
    job.rowsTotal = 10;
    job.rowsDone = 10;
    job.agenciesTotal = 3;
    job.agenciesLoaded = 1;
    job.agenciesUnchanged = 0;
    job.agenciesRejected = 2;
    job.agenciesCreated = 1;
    job.attempts = 1;
    job.createdAt = OffsetDateTime.of(2026, 12, 4, 3, 0, 0, 0, ZoneOffset.UTC);
    job.createdBy = "assessor";
    job.finishedAt = job.createdAt.plusMinutes(1);

    ImportJobView view = ImportMapper.toView(job, 5, List.of(BAD_SCORE, NO_TYPE));

    assertThat(view)
        .isEqualTo(
            new ImportJobView(
                job.id,
                State.DONE,
                2567,
                "results.csv",
                FileFormat.CSV,
                "ab".repeat(32),
                true,
                false,
                null,
                10,
                10,
                3,
                1,
                0,
                2,
                1,
                5,
                List.of(
                    new ImportErrorView(17, "DITP", "score", "must be between 0 and 100", "101"),
                    new ImportErrorView(null, "NEW-1", "agency_type", "unknown agency type", null)),
                1,
                null,
                job.createdAt,
                "assessor",
                null,
                job.finishedAt));
  }

  @Test
  void aPageOfErrorsKeepsItsTotals() {
    ImportErrorPage page = ImportMapper.toPage(Page.of(List.of(NO_TYPE), PageRequest.of(2, 1), 3));

    assertThat(page.items())
        .containsExactly(
            new ImportErrorView(null, "NEW-1", "agency_type", "unknown agency type", null));
    assertThat(page.page()).isEqualTo(2);
    assertThat(page.size()).isEqualTo(1);
    assertThat(page.totalItems()).isEqualTo(3);
    assertThat(page.totalPages()).isEqualTo(3);
  }
}
