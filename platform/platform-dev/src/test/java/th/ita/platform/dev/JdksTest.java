package th.ita.platform.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JDK is known by its release file. */
class JdksTest {

  @TempDir Path dir;

  @Test
  void readsTheFeatureVersionFromTheReleaseFile() throws IOException {
    assertEquals(25, Jdks.featureVersion(jdk("temurin-25", "25.0.3", "25.0.3+9-LTS")));
    assertEquals(21, Jdks.featureVersion(jdk("jdk-21", "21", null)));
    assertEquals(17, Jdks.featureVersion(jdk("openjdk-17", "17.0.15", null)));
    assertEquals(8, Jdks.featureVersion(jdk("jdk8", "1.8.0_292", null)));
    assertEquals(-1, Jdks.featureVersion(Files.createDirectories(dir.resolve("not-a-jdk"))));
    assertEquals(-1, Jdks.featureVersion(jdk("odd", "", null)));
    assertEquals(-1, Jdks.featureVersion(jdk("odder", "twenty-five", null)));
  }

  @Test
  void namesTheExactBuildForAFileName() throws IOException {
    assertEquals(
        Optional.of("25.0.3_9_LTS"), Jdks.build(jdk("temurin-25", "25.0.3", "25.0.3+9-LTS")));
    assertEquals(Optional.of("21"), Jdks.build(jdk("jdk-21", "21", null)));
    assertEquals(Optional.empty(), Jdks.build(Files.createDirectories(dir.resolve("not-a-jdk"))));
  }

  /** A JDK's home as far as its release file and {@code bin/java} go. */
  static Path jdk(Path dir, String name, String version, String runtimeVersion) throws IOException {
    Path home = Files.createDirectories(dir.resolve(name));
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n");
    java.toFile().setExecutable(true);
    Files.writeString(
        home.resolve("release"),
        "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\""
            + version
            + "\"\n"
            + (runtimeVersion == null ? "" : "JAVA_RUNTIME_VERSION=\"" + runtimeVersion + "\"\n"));
    return home;
  }

  private Path jdk(String name, String version, String runtimeVersion) throws IOException {
    return jdk(dir, name, version, runtimeVersion);
  }
}
