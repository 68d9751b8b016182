package th.ita.platform.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keycloak runs on a JDK 21 or newer, found by its release file; a wrong choice is said plainly.
 */
class KeycloakJavaTest {

  @TempDir Path dir;

  @Test
  void aChosenJdkMustBe21OrNewer() throws IOException {
    Path jdk25 = jdk("temurin-25", "25.0.3");
    assertEquals(
        jdk25, KeycloakServer.javaHome(Map.of("ITA_KEYCLOAK_JAVA_HOME", jdk25.toString())));

    Path jdk17 = jdk("openjdk-17", "17.0.15");
    IOException refused =
        assertThrows(
            IOException.class,
            () -> KeycloakServer.javaHome(Map.of("ITA_KEYCLOAK_JAVA_HOME", jdk17.toString())));
    assertTrue(refused.getMessage().contains("not a JDK 21 or newer"), refused.getMessage());
  }

  private Path jdk(String name, String version) throws IOException {
    return JdksTest.jdk(dir, name, version, null);
  }
}
