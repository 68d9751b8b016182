package th.ita.platform.dev;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path dir;

  @Test
  void withoutAnArchiveTheServiceStartsReadyToRecordOne() throws Exception {
    ClassDataArchive archive =
        ClassDataArchive.of(dir.resolve("cds"), "svc", application(), ServiceJava.thisJvm());

    assertThat(archive.jvmOptions()).contains("-XX:+RecordDynamicDumpInfo");
    assertThat(archive.file().getFileName().toString())
        .startsWith("svc-jdk" + Runtime.version().feature())
        .endsWith(".jsa");
  }

  @Test
  void anArchiveOlderThanTheApplicationIsRecordedAgain() throws Exception {
    Path runJar = application();
    ClassDataArchive archive =
        ClassDataArchive.of(dir.resolve("cds"), "svc", runJar, ServiceJava.thisJvm());
    Files.createDirectories(archive.file().getParent());
    Files.writeString(archive.file(), "archive");
    Files.setLastModifiedTime(archive.file(), FileTime.from(Instant.now().minusSeconds(60)));

    assertThat(archive.jvmOptions()).contains("-XX:+RecordDynamicDumpInfo");
  }

  @Test
  void aJavaRuntimeWithoutJcmdRecordsNothing() throws Exception {
    ClassDataArchive archive =
        new ClassDataArchive(
            dir.resolve("svc.jsa"),
            application().getParent(),
            dir.resolve("no-jcmd"),
            Optional.empty());

    assertThat(archive.jvmOptions()).isEmpty();
    assertThat(archive.recordWhileRunning(ProcessHandle.current().pid())).isFalse();
  }

  @Test
  void aDumpThatFailsLeavesNoFileBehind() throws Exception {
    ClassDataArchive archive =
        ClassDataArchive.of(dir.resolve("cds"), "svc", application(), ServiceJava.thisJvm());
    archive.jvmOptions();

    // This test's own JVM was not started to record: jcmd's dump fails in it.
    assertThat(archive.recordWhileRunning(ProcessHandle.current().pid())).isFalse();
    try (var left = Files.list(dir.resolve("cds"))) {
      assertThat(left).isEmpty();
    }
  }

  /** A JVM started to record is recorded, and the next JVM maps the archive (or fails to start). */
  @Test
  void aRecordedArchiveIsMappedByTheNextStart() throws Exception {
    Path runJar = application();
    ClassDataArchive archive =
        ClassDataArchive.of(dir.resolve("cds"), "svc", runJar, ServiceJava.thisJvm());
    Path program = dir.resolve("Waits.java");
    Files.writeString(
        program,
        "public class Waits { public static void main(String[] a) throws Exception {"
            + " System.out.println(\"ready\"); Thread.sleep(60_000); } }");

    Process recording = start(archive.jvmOptions(), program);
    try {
      assertThat(recording.inputReader().readLine()).isEqualTo("ready");
      assertThat(archive.recordWhileRunning(recording.pid())).isTrue();
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
    assertThat(archive.recordWhileRunning(ProcessHandle.current().pid())).isFalse();
  }

  /**
   * A class the service's own class loader loaded but never linked (Quarkus loads thousands so) is
   * in the archive, and the next start maps it instead of reading it from its jar.
   */
  @Test
  void aClassLoadedButNeverLinkedIsArchivedOnceTheLinkerLinkedIt() throws Exception {
    Path runJar = application();
    ClassDataArchive archive =
        new ClassDataArchive(
            dir.resolve("cds").resolve("svc.jsa"),
            runJar.getParent(),
            JAVA.resolveSibling("jcmd"),
            Optional.of(linkerJar()));
    Path loaded = jarOf("Loaded", "public class Loaded {}");
    Path program = dir.resolve("Loads.java");
    Files.writeString(
        program,
        "public class Loads { public static void main(String[] a) throws Exception {"
            + " var loader = new java.net.URLClassLoader(new java.net.URL[] {"
            + " java.nio.file.Path.of(a[0]).toUri().toURL() }, null);"
            + " Class.forName(\"Loaded\", false, loader);"
            + " System.out.println(\"ready\"); Thread.sleep(60_000); } }");

    Process recording = start(archive.jvmOptions(), program, loaded.toString());
    try {
      assertThat(recording.inputReader().readLine()).isEqualTo("ready");
      assertThat(archive.recordWhileRunning(recording.pid())).isTrue();
    } finally {
      recording.destroyForcibly().waitFor();
    }

    List<String> mapped = new ArrayList<>(archive.jvmOptions());
    mapped.addAll(List.of("-Xshare:on", "-Xlog:class+load=info:stdout"));
    Process next = start(mapped, program, loaded.toString());
    List<String> classLoads = new ArrayList<>();
    try (BufferedReader out = next.inputReader()) {
      for (String line = out.readLine(); line != null && !line.equals("ready"); ) {
        classLoads.add(line);
        line = out.readLine();
      }
    } finally {
      next.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    assertThat(classLoads)
        .filteredOn(line -> line.contains(" Loaded source: "))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .endsWith("Loaded source: shared objects file (top)");
  }

  /** A jar with {@link ClassLinker} as its agent, as the run command's own jar is. */
  private Path linkerJar() throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Agent-Class", ClassLinker.class.getName());
    Path jar = dir.resolve("linker.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
        InputStream linker = ClassLinker.class.getResourceAsStream("ClassLinker.class")) {
      out.putNextEntry(new JarEntry(ClassLinker.class.getName().replace('.', '/') + ".class"));
      linker.transferTo(out);
    }
    return jar;
  }

  /** A jar holding one class, compiled from {@code source}. */
  private Path jarOf(String name, String source) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path file = Files.writeString(sources.resolve(name + ".java"), source);
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", classes.toString(), file.toString());
    assertThat(compiled).isZero();
    Path jar = dir.resolve(name.toLowerCase() + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(name + ".class"));
      out.write(Files.readAllBytes(classes.resolve(name + ".class")));
    }
    return jar;
  }

  private Process start(List<String> options, Path program, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(JAVA.toString()));
    command.addAll(options);
    command.add(program.toString());
    command.addAll(List.of(arguments));
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
