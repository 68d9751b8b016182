package th.ita.assessment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import th.ita.assessment.rest.view.ResultView;
import th.ita.assessment.service.ServiceThatReturnsAView;
import th.ita.platform.testing.LayerRules;

/**
 * The service keeps the platform's layer rules: no package cycles, the API's views used only by
 * rest and the mappers, no HTTP problems below rest, a domain and repositories that depend on no
 * layer above them, and mappers that query nothing.
 */
class ArchitectureTest {

  @Test
  void layersPointOneWay() {
    LayerRules.check("th.ita.assessment");
  }

  @Test
  void aServiceThatImportsAViewBreaksTheRules() {
    var classes =
        new ClassFileImporter().importClasses(ServiceThatReturnsAView.class, ResultView.class);
    assertThatThrownBy(() -> LayerRules.check("th.ita.assessment", classes))
        .hasMessageContaining("only rest and the mappers that build its views use rest")
        .hasMessageContaining("ServiceThatReturnsAView");
  }
}
