package th.ita.platform.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rules pass on a service of the right shape and fail, naming the rule, on one that is not. */
class LayerRulesTest {

  @Test
  void aServiceOfTheRightShapePasses() {
    String root = "th.ita.platform.testing.layers.good";

    assertThatCode(() -> LayerRules.check(root, new ClassFileImporter().importPackages(root)))
        .doesNotThrowAnyException();
  }

  @Test
  void aServiceThatImportsRestFails() {
    String root = "th.ita.platform.testing.layers.bad";

    assertThatThrownBy(() -> LayerRules.check(root, new ClassFileImporter().importPackages(root)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("only rest and the mappers that build its views use rest")
        .hasMessageContaining("packages of " + root + " form no cycle")
        .hasMessageContaining("AgencyService.view");
  }
}
