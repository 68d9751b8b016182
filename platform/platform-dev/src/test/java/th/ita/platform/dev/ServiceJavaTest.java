package th.ita.platform.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services run on the JDK chosen for them, which must be one they were built for. */
class ServiceJavaTest {

  @TempDir Path dir;

  @Test
  void aChosenJdkRunsTheServicesWithItsKindOfStartArchive() throws IOException {
    Path jdk25 = JdksTest.jdk(dir, "temurin-25", "25.0.3", "25.0.3+9-LTS");
    ServiceJava java = ServiceJava.choose(Map.of("ITA_SERVICE_JAVA_HOME", jdk25.toString()));

    assertThat(java).isEqualTo(new ServiceJava(jdk25, 25, "25.0.3_9_LTS"));
    assertThat(StartArchive.of(dir, "svc", dir.resolve("app/quarkus-run.jar"), java))
        .isInstanceOf(AotCache.class);

    Path jdk21 = JdksTest.jdk(dir, "jdk-21", "21.0.5", null);
    ServiceJava older = ServiceJava.choose(Map.of("ITA_SERVICE_JAVA_HOME", jdk21.toString()));
    assertThat(StartArchive.of(dir, "svc", dir.resolve("app/quarkus-run.jar"), older))
        .isInstanceOf(ClassDataArchive.class);
  }

  @Test
  void withoutAChoiceTheNewestInstalledJdk25OrLaterRunsThem() throws IOException {
    Path jdk26 = JdksTest.jdk(dir, "jdk-26", "26", null);
    Path jdk25 = JdksTest.jdk(dir, "temurin-25", "25.0.3", "25.0.3+9-LTS");
    Path jdk21 = JdksTest.jdk(dir, "jdk-21", "21.0.5", null);

    assertThat(ServiceJava.newestWithAotCacheOrOwn(List.of(jdk26, jdk25, jdk21)).home())
        .isEqualTo(jdk26);
    assertThat(ServiceJava.newestWithAotCacheOrOwn(List.of(jdk21)))
        .isEqualTo(ServiceJava.thisJvm());
    assertThat(ServiceJava.newestWithAotCacheOrOwn(List.of())).isEqualTo(ServiceJava.thisJvm());
  }

  @Test
  void aChosenJdkOlderThanTheBuildIsRefused() throws IOException {
    Path jdk11 = JdksTest.jdk(dir, "jdk-11", "11.0.2", null);

    assertThatThrownBy(() -> ServiceJava.choose(Map.of("ITA_SERVICE_JAVA_HOME", jdk11.toString())))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "ITA_SERVICE_JAVA_HOME="
                + jdk11
                + " is not a JDK 17 or newer, which the services need");
  }
}
