package th.ita.reporting.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.reporting.render.Format;

/** JAX-RS' acceptable media types, read as the Accept ranges that content negotiation takes. */
class AcceptRangesTest {

  @Test
  void keepsTheQualityOfEachRange() {
    List<MediaType> types =
        List.of(
            new MediaType("application", "pdf", Map.of("q", "0.4")), new MediaType("text", "csv"));

    assertThat(DocumentResponses.ranges(types))
        .containsExactly("application/pdf;q=0.4", "text/csv");
    assertThat(
            Format.fromRequest(
                null, DocumentResponses.ranges(types), EnumSet.allOf(Format.class), Format.HTML))
        .isEqualTo(Format.CSV);
  }

  @Test
  void aWildcardGivesTheEndpointsDefault() {
    List<String> ranges = DocumentResponses.ranges(List.of(MediaType.WILDCARD_TYPE));

    assertThat(ranges).containsExactly("*/*");
    assertThat(Format.fromRequest(null, ranges, EnumSet.allOf(Format.class), Format.PDF))
        .isEqualTo(Format.PDF);
  }

  @Test
  void noHeadersAreNoRanges() {
    assertThat(DocumentResponses.ranges(null)).isEmpty();
  }
}
