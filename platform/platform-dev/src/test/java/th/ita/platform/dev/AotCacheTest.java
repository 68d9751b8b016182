package th.ita.platform.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's ahead-of-time cache, with a real JDK 25 or newer: the tests that start one are
 * skipped on a machine that has none, where the services run on the run command's JDK.
 */
class AotCacheTest {

  /** The start of a cache the JDK wrote whole: its header's magic number. */
  private static final byte[] WHOLE = {(byte) 0xa2, (byte) 0xab, (byte) 0x0b, (byte) 0xf0, 1, 2, 3};

  @TempDir Path dir;

  private Path runJar;

  @BeforeEach
  void application() throws Exception {
    runJar = waitingApplication();
    Files.setLastModifiedTime(runJar, FileTime.from(Instant.now().minusSeconds(30)));
  }

  @Test
  void withoutACacheTheServiceStartsToWriteOneAsItExits() {
    AotCache cache = AotCache.of(dir.resolve("cds"), "svc", runJar, jdk("25.0.3_9_LTS"));

    assertThat(cache.file()).hasFileName("svc-jdk25.0.3_9_LTS.aot");
    assertThat(cache.jvmOptions())
        .first()
        .asString()
        .startsWith("-XX:AOTCacheOutput=" + cache.file() + ".")
        .endsWith(".part");
    assertThat(cache.recordsAtExit()).isTrue();
  }

  @Test
  void aCacheOlderThanTheApplicationIsRecordedAgain() throws Exception {
    AotCache cache = AotCache.of(dir.resolve("cds"), "svc", runJar, jdk("25"));
    Files.createDirectories(cache.file().getParent());
    Files.writeString(cache.file(), "cache");
    Files.setLastModifiedTime(cache.file(), FileTime.from(Instant.now().minusSeconds(60)));

    assertThat(cache.jvmOptions().get(0)).startsWith("-XX:AOTCacheOutput=");
  }

  /** Even a cache that looks whole: what a killed service was writing may not be. */
  @Test
  void whatAKilledServiceWroteIsNotKept() throws Exception {
    AotCache cache = AotCache.of(dir.resolve("cds"), "svc", runJar, jdk("25"));
    Files.write(recordingTo(cache), WHOLE);

    assertThat(cache.keepAfterExit(false)).isFalse();
    assertNothingLeft(cache);
  }

  /** The JVM leaves its intermediate file behind when writing the cache failed. */
  @Test
  void aCacheWhoseWritingFailedIsNotKept() throws Exception {
    AotCache cache = AotCache.of(dir.resolve("cds"), "svc", runJar, jdk("25"));
    Path part = recordingTo(cache);
    Files.write(part, WHOLE);
    Files.writeString(part.resolveSibling(part.getFileName() + ".config"), "configuration");

    assertThat(cache.keepAfterExit(true)).isFalse();
    assertNothingLeft(cache);
  }

  @Test
  void aCacheCutShortIsNotKept() throws Exception {
    AotCache cache = AotCache.of(dir.resolve("cds"), "svc", runJar, jdk("25"));
    Files.write(recordingTo(cache), new byte[] {0, 0, 0, 0, 1, 2, 3});

    assertThat(cache.keepAfterExit(true)).isFalse();
    assertNothingLeft(cache);
  }

  /** A build while the service ran: the cache learnt from the jars before it. */
  @Test
  void aCacheOfAnApplicationBuiltAgainMeanwhileIsNotKept() throws Exception {
    AotCache cache = AotCache.of(dir.resolve("cds"), "svc", runJar, jdk("25"));
    Path part = recordingTo(cache);
    Files.write(part, WHOLE);
    Files.setLastModifiedTime(runJar, FileTime.from(Instant.now().plusSeconds(1)));

    assertThat(cache.keepAfterExit(true)).isFalse();
    assertNothingLeft(cache);
  }

  @Test
  void aWholeCacheIsKeptUnderItsName() throws Exception {
    AotCache cache = AotCache.of(dir.resolve("cds"), "svc", runJar, jdk("25"));
    Files.write(recordingTo(cache), WHOLE);

    assertThat(cache.keepAfterExit(true)).isTrue();
    assertThat(cache.file()).hasBinaryContent(WHOLE);
    try (var files = Files.list(dir.resolve("cds"))) {
      assertThat(files).containsExactly(cache.file());
    }
    assertThat(cache.jvmOptions()).first().isEqualTo("-XX:AOTCache=" + cache.file());
  }

  /** A run command killed while a cache was being written left its parts; a live one's stay. */
  @Test
  void partsOfARunCommandNoLongerAliveAreDeletedWhenRecordingStarts() throws Exception {
    AotCache cache = AotCache.of(dir.resolve("cds"), "svc", runJar, jdk("25"));
    Files.createDirectories(dir.resolve("cds"));
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path abandoned =
        cache.file().resolveSibling(cache.file().getFileName() + "." + ended.pid() + "-1.part");
    Path itsConfiguration = abandoned.resolveSibling(abandoned.getFileName() + ".config");
    Path anotherPlatforms =
        cache
            .file()
            .resolveSibling(
                cache.file().getFileName() + "." + ProcessHandle.current().pid() + "-2.part");
    for (Path part : List.of(abandoned, itsConfiguration, anotherPlatforms)) {
      Files.write(part, WHOLE);
    }

    Path own = recordingTo(cache);

    assertThat(abandoned).doesNotExist();
    assertThat(itsConfiguration).doesNotExist();
    assertThat(anotherPlatforms).exists();
    assertThat(own).doesNotExist();
  }

  /**
   * A JVM started to record writes the cache as it stops, and the next JVM maps it: with {@code
   * -XX:AOTMode=on} a JVM that cannot use the cache exits with an error instead of starting.
   */
  @Test
  void aCacheWrittenAsTheServiceStopsIsMappedByTheNextStart() throws Exception {
    ServiceJava java = installedAotJdk();
    AotCache cache = AotCache.of(dir.resolve("cds"), "svc", runJar, java);

    Process recording = start(java, cache.jvmOptions());
    try {
      assertThat(recording.inputReader().readLine()).isEqualTo("ready");
      recording.destroy(); // as the run command stops a service
      assertThat(recording.waitFor(2, TimeUnit.MINUTES)).isTrue();
    } finally {
      recording.destroyForcibly();
    }
    assertThat(cache.keepAfterExit(true)).isTrue();

    assertThat(cache.file()).isRegularFile();
    assertThat(cache.recordsAtExit()).isFalse();
    assertThat(cache.jvmOptions()).first().isEqualTo("-XX:AOTCache=" + cache.file());
    try (var files = Files.list(dir.resolve("cds"))) {
      assertThat(files).containsExactly(cache.file());
    }

    List<String> mapped = new ArrayList<>(cache.jvmOptions());
    mapped.add("-XX:AOTMode=on");
    Process next = start(java, mapped);
    try {
      assertThat(next.inputReader().readLine()).isEqualTo("ready");
    } finally {
      next.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Path recordingTo(AotCache cache) {
    String option = cache.jvmOptions().get(0);
    assertThat(option).startsWith("-XX:AOTCacheOutput=");
    return Path.of(option.substring("-XX:AOTCacheOutput=".length()));
  }

  private void assertNothingLeft(AotCache cache) throws IOException {
    assertThat(cache.file()).doesNotExist();
    try (var left = Files.list(dir.resolve("cds"))) {
      assertThat(left).isEmpty();
    }
  }

  private static ServiceJava jdk(String build) {
    return new ServiceJava(Path.of("/nowhere"), 25, build);
  }

  private static ServiceJava installedAotJdk() throws IOException {
    ServiceJava found = ServiceJava.newestWithAotCacheOrOwn(Jdks.installedNewestFirst());
    assumeTrue(found.keepsAotCache(), "no JDK 25 or newer is installed");
    return found;
  }

  private Process start(ServiceJava java, List<String> options) throws IOException {
    List<String> command = new ArrayList<>(List.of(java.java().toString()));
    command.addAll(options);
    command.addAll(List.of("-jar", runJar.toString()));
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** A runnable jar, as the services' packaged applications are, that says "ready" and waits. */
  private Path waitingApplication() throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path file =
        Files.writeString(
            sources.resolve("Waits.java"),
            "public class Waits { public static void main(String[] a) throws Exception {"
                + " System.out.println(\"ready\"); Thread.sleep(60_000); } }");
    assertThat(
            ToolProvider.getSystemJavaCompiler()
                .run(
                    null, null, null, "--release", "17", "-d", classes.toString(), file.toString()))
        .isZero();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Waits");
    Path app = Files.createDirectories(dir.resolve("quarkus-app"));
    Path jar = app.resolve("quarkus-run.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new JarEntry("Waits.class"));
      out.write(Files.readAllBytes(classes.resolve("Waits.class")));
    }
    return jar;
  }
}
