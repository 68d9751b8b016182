package th.ita.platform.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

  private final RequestBodyLimit limit =
      new RequestBodyLimit(
          new ObjectMapper(),
          new MemorySize(BigInteger.valueOf(1 << 20)),
          Optional.of(List.of("/api/v1/imports")));

  @Test
  void onlyAPostToTheListedPathOrBelowTakesALargeBody() {
    assertThat(limit.takesLargeBodies(HttpMethod.POST, "/api/v1/imports")).isTrue();
    assertThat(limit.takesLargeBodies(HttpMethod.POST, "/api/v1/imports/1234")).isTrue();
    assertThat(limit.takesLargeBodies(HttpMethod.PUT, "/api/v1/imports")).isFalse();
    assertThat(limit.takesLargeBodies(HttpMethod.POST, "/api/v1/imports-and-more")).isFalse();
    assertThat(limit.takesLargeBodies(HttpMethod.POST, "/api/v1/agencies")).isFalse();
  }
}
