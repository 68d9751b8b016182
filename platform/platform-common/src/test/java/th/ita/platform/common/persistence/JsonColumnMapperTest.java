package th.ita.platform.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonColumnMapperTest {

  record Scored(String code, BigDecimal score, OffsetDateTime at, List<Integer> issues) {}

  @Test
  void writesScoresAsWrittenAndTimesAsIsoText() {
    String json =
        JsonColumnMapper.write(
            new Scored(
                "i1",
                new BigDecimal("95.50"),
                OffsetDateTime.parse("2025-03-31T09:30:00+07:00"),
                List.of(2, 3)));

    assertThat(json)
        .isEqualTo(
            "{\"code\":\"i1\",\"score\":95.50,\"at\":\"2025-03-31T09:30:00+07:00\",\"issues\":[2,3]}");
  }

  @Test
  void noValueIsAnSqlNullNotJsonsNull() {
    assertThat(JsonColumnMapper.write(null)).isNull();
  }

  @Test
  void aValueJacksonCannotWriteIsRefusedByName() {
    assertThatThrownBy(() -> JsonColumnMapper.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot be written as JSON");
  }
}
