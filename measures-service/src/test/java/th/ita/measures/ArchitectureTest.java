package th.ita.measures;

import org.junit.jupiter.api.Test;
import th.ita.platform.testing.LayerRules;

/** The service's layers point one way and its mappers query nothing (see {@link LayerRules}). */
class ArchitectureTest {

  @Test
  void layersPointOneWay() {
    LayerRules.check("th.ita.measures");
  }
}
