package th.ita.assessment.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.assessment.domain.ImportJob.FileFormat;
import th.ita.assessment.domain.ImportRow;
import th.ita.platform.common.domain.InvalidInputException;

class ImportFileReaderTest {

  private static final String HEADER = "agency_code,agency_name_th,round,question,part,score\n";

  @TempDir Path dir;

  private List<ImportRow> read(String csv) throws IOException {
    Path file = Files.writeString(dir.resolve("import.csv"), csv);
    List<ImportRow> rows = new ArrayList<>();
    new ImportFileReader(100).read(file, FileFormat.CSV, rows::add);
    return rows;
  }

  private static String fileError(ThrowableAssertLike call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e.errors().get(0).message();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the file was accepted");
  }

  @FunctionalInterface
  private interface ThrowableAssertLike {
    void run() throws IOException;
  }

  @Test
  void readsQuotedValuesWithCommasAndLineBreaks() throws IOException {
    List<ImportRow> rows = read(HEADER + "DITP,\"กรม, ส่งเสริม\nการค้า\",FINAL,i1,,90.5\n");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).agencyNameTh()).isEqualTo("กรม, ส่งเสริม\nการค้า");
  }

  @Test
  void aQuotedFieldThatRunsOnIsStoppedBeforeItIsBuffered() {
    String endless = HEADER + "DITP,ok,FINAL,i1,,90\nDITP,\"" + "ก".repeat(5_000_000);
    assertThat(fileError(() -> read(endless)))
        .isEqualTo(
            "a value on line 3 is longer than 1000 characters, longer than any import column takes");
  }

  @Test
  void aControlCharacterIsRefusedWithItsLine() {
    assertThat(
            fileError(
                () ->
                    read(HEADER + "DITP,ok,FINAL,i1,,90\nDITP,\"กรม\u000Bทดสอบ\",FINAL,i2,,80\n")))
        .isEqualTo(
            "line 3 holds a control character (U+000B at position 4 of its value 'กรม ทดสอบ');"
                + " remove it and upload the file again");
  }

  @Test
  void fieldsAtTheLimitPass() throws IOException {
    assertThat(read(HEADER + "DITP,\"" + "ก".repeat(1000) + "\",FINAL,i1,,90\n")).hasSize(1);
  }

  @Test
  void theBoundedReaderCountsPerField() {
    assertThatThrownBy(() -> read(HEADER + "DITP,x,FINAL,i1,," + "9".repeat(1001) + "\n"))
        .isInstanceOf(InvalidInputException.class);
  }
}
