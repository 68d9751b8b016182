package th.ita.platform.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path dir;

  @Test
  void withoutAnArchiveTheServiceStartsReadyToRecordOne() throws Exception {
    ClassDataArchive archive = ClassDataArchive.of(dir.resolve("cds"), "svc", application());

    assertThat(archive.jvmOptions()).contains("-XX:+RecordDynamicDumpInfo");
    assertThat(archive.file().getFileName().toString())
        .startsWith("svc-jdk" + Runtime.version().feature())
        .endsWith(".jsa");
  }

  @Test
  void anArchiveOlderThanTheApplicationIsRecordedAgain() throws Exception {
    Path runJar = application();
    ClassDataArchive archive = ClassDataArchive.of(dir.resolve("cds"), "svc", runJar);
    Files.createDirectories(archive.file().getParent());
    Files.writeString(archive.file(), "archive");
    Files.setLastModifiedTime(archive.file(), FileTime.from(Instant.now().minusSeconds(60)));

    assertThat(archive.jvmOptions()).contains("-XX:+RecordDynamicDumpInfo");
  }

  @Test
  void aJavaRuntimeWithoutJcmdRecordsNothing() throws Exception {
    ClassDataArchive archive =
        new ClassDataArchive(
            dir.resolve("svc.jsa"), application().getParent(), dir.resolve("no-jcmd"));

    assertThat(archive.jvmOptions()).isEmpty();
    assertThat(archive.record(ProcessHandle.current().pid())).isFalse();
  }

  @Test
  void aDumpThatFailsLeavesNoFileBehind() throws Exception {
    ClassDataArchive archive = ClassDataArchive.of(dir.resolve("cds"), "svc", application());
    archive.jvmOptions();

    // This test's own JVM was not started to record: jcmd's dump fails in it.
    assertThat(archive.record(ProcessHandle.current().pid())).isFalse();
    try (var left = Files.list(dir.resolve("cds"))) {
      assertThat(left).isEmpty();
    }
  }

  /** A JVM started to record is recorded, and the next JVM maps the archive (or fails to start). */
  @Test
  void aRecordedArchiveIsMappedByTheNextStart() throws Exception {
    Path runJar = application();
    ClassDataArchive archive = ClassDataArchive.of(dir.resolve("cds"), "svc", runJar);
    Path program = dir.resolve("Waits.java");
    Files.writeString(
        program,
        "public class Waits { public static void main(String[] a) throws Exception {"
            + " System.out.println(\"ready\"); Thread.sleep(60_000); } }");

    Process recording = start(archive.jvmOptions(), program);
    try {
      assertThat(recording.inputReader().readLine()).isEqualTo("ready");
      assertThat(archive.record(recording.pid())).isTrue();
    } finally {
      recording.destroyForcibly().waitFor();
    }
    assertThat(archive.file()).isRegularFile();
    assertThat(archive.file().resolveSibling(archive.file().getFileName() + ".part"))
        .doesNotExist();
    assertThat(archive.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + archive.file());

    // -Xshare:on makes a JVM that cannot map the archive exit with an error instead.
    List<String> mapped = new ArrayList<>(archive.jvmOptions());
    mapped.add("-Xshare:on");
    Process next = start(mapped, program);
    try {
      assertThat(next.inputReader().readLine()).isEqualTo("ready");
    } finally {
      next.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(archive.record(ProcessHandle.current().pid())).isFalse();
  }

  private Process start(List<String> options, Path program) throws Exception {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(options);
    command.add(program.toString());
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** A packaged application's run jar, written a while ago. */
  private Path application() throws Exception {
    Path app = Files.createDirectories(dir.resolve("quarkus-app"));
    Path runJar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
    Files.setLastModifiedTime(runJar, FileTime.from(Instant.now().minusSeconds(30)));
    return runJar;
  }
}
