package th.ita.measures;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.OpenApiConventions;
import th.ita.platform.testing.PlatformTestResource;

/** Integrators generate clients from this document; it must follow the platform's conventions. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class OpenApiTest {

  @Test
  void everyOperationIsDocumentedForClientGeneration() throws Exception {
    assertThat(OpenApiConventions.breaches()).isEmpty();
  }
}
