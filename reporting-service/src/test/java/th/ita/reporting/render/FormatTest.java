package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void queryParameterWinsOverAccept() {
    assertThat(Format.fromRequest("PDF", List.of("text/html"))).isEqualTo(Format.PDF);
    assertThat(Format.fromRequest(" xlsx ", null)).isEqualTo(Format.XLSX);
  }

  @Test
  void acceptIsReadByQualityThenOrder() {
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    assertThat(Format.fromRequest(null, List.of(browser))).isEqualTo(Format.HTML);
    assertThat(Format.fromRequest(null, List.of("text/csv;q=0.5, application/pdf")))
        .isEqualTo(Format.PDF);
    assertThat(Format.fromRequest(null, List.of("application/json", "text/csv")))
        .isEqualTo(Format.JSON);
    assertThat(Format.fromRequest("", List.of("text/*"))).isEqualTo(Format.HTML);
    assertThat(Format.fromRequest(null, List.of("application/pdf;q=0, */*")))
        .isEqualTo(Format.HTML);
  }

  @Test
  void noAcceptOrWildcardGivesTheDefault() {
    assertThat(Format.fromRequest(null, List.of())).isEqualTo(Format.HTML);
    assertThat(
            Format.fromRequest(
                null, List.of("*/*"), EnumSet.of(Format.JSON, Format.CSV), Format.JSON))
        .isEqualTo(Format.JSON);
  }

  @Test
  void unknownParameterIs400AndUnmatchedAcceptIs406() {
    assertThatThrownBy(() -> Format.fromRequest("xls", List.of()))
        .isInstanceOfSatisfying(
            UnsupportedFormatException.class,
            e -> {
              assertThat(e.httpStatus()).isEqualTo(400);
              assertThat(e.getMessage()).contains("xls", "html, pdf, docx, xlsx, csv, json");
            });
    assertThatThrownBy(() -> Format.fromRequest(null, List.of("image/png")))
        .isInstanceOfSatisfying(
            UnsupportedFormatException.class, e -> assertThat(e.httpStatus()).isEqualTo(406));
    assertThatThrownBy(
            () -> Format.fromRequest("pdf", List.of(), EnumSet.of(Format.HTML), Format.HTML))
        .isInstanceOf(UnsupportedFormatException.class);
  }

  @Test
  void describesDownloads() {
    assertThat(Format.CSV.contentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(Format.PDF.contentType()).isEqualTo("application/pdf");
    assertThat(Format.XLSX.attachment("ผล ITA 2567"))
        .startsWith("attachment; filename=\"")
        .contains("filename*=UTF-8''%E0%B8%9C%E0%B8%A5%20ITA%202567.xlsx");
  }
}
