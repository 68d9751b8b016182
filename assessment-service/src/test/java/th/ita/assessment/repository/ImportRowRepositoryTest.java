package th.ita.assessment.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.ImportRow;
import th.ita.platform.testing.PlatformTestResource;

/**
 * Staged rows come back from PostgreSQL exactly as the file held them, in each agency's line order,
 * however the file mixed its agencies or ordered its lines, and whatever its fields hold. No job
 * row is needed: staging has no foreign key to it.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class ImportRowRepositoryTest {

  @Inject ImportRowRepository staging;

  @Test
  void everyFieldComesBackAsItWasWhateverItHolds() throws Exception {
    UUID job = UUID.randomUUID();
    List<String> hostile =
        List.of(
            "",
            "NULL",
            "\\N",
            "a,b",
            "{1,2}",
            "say \"x\"",
            "back\\slash",
            "tab\there",
            "line\nbreak\r\n",
            " spaced ",
            "กรมทดสอบ ๙๐.๕๐",
            "\u0007bell");
    List<ImportRow> rows = new ArrayList<>();
    for (int i = 0; i < hostile.size(); i++) {
      String value = hostile.get(i);
      rows.add(
          new ImportRow(
              i + 2, "HOSTILE", value, null, value, "MOI", value, value, value, value, value,
              value));
    }
    rows.add(new ImportRow(20, "HOSTILE", "", null, "", "MOI", "", "", null, null, null, null));
    stage(job, rows);

    // Each value is its own block (the agency columns differ), and all come back in line order.
    assertThat(staging.rows(job, "HOSTILE", "HOSTILE")).containsExactlyElementsOf(rows);
    assertThat(staging.pendingAgencies(job)).isEqualTo(Map.of("HOSTILE", rows.size()));
  }

  @Test
  void anAgencysLinesComeBackInFileOrderWhenTheFileMixesAgencies() throws Exception {
    UUID job = UUID.randomUUID();
    List<ImportRow> file =
        List.of(
            row(2, "DEPT2"),
            row(3, "DEPT1"),
            row(4, "DEPT1"),
            row(5, "DEPT2"),
            row(6, "DEPT1"),
            row(7, ""),
            row(8, "DEPT2"));
    stage(job, file);

    assertThat(staging.rows(job, "DEPT1", "DEPT2"))
        .extracting(ImportRow::line)
        .containsExactly(3, 4, 6, 2, 5, 8);
    assertThat(staging.rows(job, "", "")).containsExactly(row(7, ""));
    Map<String, Integer> pending = new LinkedHashMap<>();
    pending.put("", 1);
    pending.put("DEPT1", 3);
    pending.put("DEPT2", 3);
    assertThat(staging.pendingAgencies(job)).containsExactlyEntriesOf(pending);
    assertThat(staging.lines(job, "DEPT2", 2)).containsExactly(2, 5);

    QuarkusTransaction.requiringNew().run(() -> staging.delete(job, "DEPT1", "DEPT1"));
    assertThat(staging.pendingAgencies(job)).containsOnlyKeys("", "DEPT2");
  }

  @Test
  void rowsComeBackInLineOrderWhenAWorkbookListsThemOutOfOrder() throws Exception {
    UUID job = UUID.randomUUID();
    stage(job, List.of(row(5, "DEPT1"), row(3, "DEPT1"), row(4, "DEPT2"), row(2, "DEPT1")));

    assertThat(staging.rows(job, "DEPT1", "DEPT2"))
        .extracting(ImportRow::line)
        .containsExactly(2, 3, 5, 4);
    assertThat(staging.lines(job, "DEPT1", 2)).containsExactly(2, 3);
  }

  @Test
  void anAgencyWithMoreLinesThanABlockHoldsComesBackWhole() throws Exception {
    UUID job = UUID.randomUUID();
    int count = 2 * ImportBlocks.MAX_LINES_PER_BLOCK + 1;
    List<ImportRow> file = IntStream.range(0, count).mapToObj(i -> row(i + 2, "BIG")).toList();
    stage(job, file);

    assertThat(staging.rows(job, "BIG", "BIG")).containsExactlyElementsOf(file);
    assertThat(staging.pendingAgencies(job)).isEqualTo(Map.of("BIG", count));
    assertThat(staging.lines(job, "BIG", 1001)).hasSize(1001).endsWith(1002);

    QuarkusTransaction.requiringNew().run(() -> staging.deleteAll(job));
    assertThat(staging.rows(job, "BIG", "BIG")).isEmpty();
  }

  private void stage(UUID job, List<ImportRow> rows) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ImportRowRepository.Stager stager = staging.stager(job);
              try {
                rows.forEach(stager);
                stager.close();
              } catch (Exception e) {
                stager.abort();
                throw new IllegalStateException(e);
              }
            });
  }

  private static ImportRow row(int line, String code) {
    return new ImportRow(
        line,
        code,
        "หน่วยงาน " + code,
        null,
        "DEPARTMENT",
        "MOI",
        "กระทรวงมหาดไทย",
        null,
        "FINAL",
        "i" + line,
        null,
        "9" + (line % 10) + ".50");
  }
}
