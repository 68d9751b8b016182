package th.ita.platform.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A service's class-data archive (the JDK's dynamic CDS): the classes the service loaded while it
 * started and answered its first requests, written once and mapped by its later starts instead of
 * being loaded, parsed and verified again, which takes more than a quarter off a service's start.
 * The run command records it from the running service on the first run of a build: it has the
 * service link every class it loaded ({@link ClassLinker}), then writes the archive ({@code jcmd
 * VM.cds dynamic_dump}). The archive is used until the service is built again or another JDK runs
 * it. A JVM that cannot map the archive starts without it, as before.
 */
final class ClassDataArchive implements StartArchive {

  private final Path archive;
  private final Path application;
  private final Path jcmd;

  /**
   * A jar whose agent is {@link ClassLinker}, or empty when there is none: the archive then leaves
   * out the classes the service loaded but never linked.
   */
  private final Optional<Path> linker;

  /** Whether the service was started to record the archive ({@link #jvmOptions}). */
  private boolean recording;

  ClassDataArchive(Path archive, Path application, Path jcmd, Optional<Path> linker) {
    this.archive = archive;
    this.application = application;
    this.jcmd = jcmd;
    this.linker = linker;
  }

  /** See {@link StartArchive#of}. */
  static ClassDataArchive of(Path directory, String service, Path runJar, ServiceJava java) {
    return new ClassDataArchive(
        directory.resolve(service + "-jdk" + java.build() + ".jsa"),
        runJar.getParent(),
        java.jcmd(),
        runnerJar());
  }

  /** The run command's own jar, whose manifest names {@link ClassLinker} as its agent. */
  private static Optional<Path> runnerJar() {
    try {
      Path code =
          Path.of(ClassLinker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // From the runner's classes directory (its tests) there is no jar to load.
      return code.toString().endsWith(".jar") ? Optional.of(code) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public String kind() {
    return "class-data archive";
  }

  @Override
  public Path file() {
    return archive;
  }

  @Override
  public boolean recordsAtExit() {
    return false;
  }

  @Override
  public boolean keepAfterExit(boolean exitedOnItsOwn) {
    return false;
  }

  /**
   * The JVM options that map the archive, or, while there is none for this build, those that let it
   * be recorded. None on a Java runtime without jcmd, or when the archives cannot be looked at: the
   * service then starts as it would without them.
   */
  @Override
  public List<String> jvmOptions() {
    try {
      if (!Files.isExecutable(jcmd)) {
        return List.of();
      }
      if (current()) {
        return List.of("-XX:SharedArchiveFile=" + archive);
      }
      recording = true;
      // While recording, the JVM's CDS log would fill the service's log with the classes it skips.
      // JDK 21 and later warn in the service's log of an agent loaded while it runs (ClassLinker)
      // unless it was allowed at start.
      return List.of(
          "-XX:+RecordDynamicDumpInfo",
          "-XX:+EnableDynamicAgentLoading",
          "-Xlog:cds=off,cds+dynamic=off");
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  /**
   * Records the archive from the running service (process {@code pid}) if it was started to record
   * one and no other run has meanwhile; true when one was written. It is written under a name of
   * its own first and then renamed, so that a service stopped during the dump, or another platform
   * recording into the same directory, leaves no half archive under the archive's name.
   */
  @Override
  public boolean recordWhileRunning(long pid) throws IOException, InterruptedException {
    if (!recording || current()) {
      return false;
    }
    Files.createDirectories(archive.getParent());
    Path part = StartArchive.partOf(archive);
    Path output = part.resolveSibling(part.getFileName() + ".out");
    try {
      // Without its classes linked first, the archive leaves out most of what Quarkus's loader
      // loaded. Should that fail, the archive is recorded as it is: smaller, still faster than
      // none.
      linkLoadedClasses(pid, output);
      Process dump = jcmd(output, Long.toString(pid), "VM.cds", "dynamic_dump", part.toString());
      if (!dump.waitFor(2, TimeUnit.MINUTES)) {
        dump.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return false;
      }
      // jcmd also ends normally when the command failed in the service's JVM; it then says so.
      boolean written =
          dump.exitValue() == 0
              && !Files.readString(output, StandardCharsets.UTF_8).contains("Error")
              && Files.isRegularFile(part)
              && Files.size(part) > 0;
      if (written) {
        Files.move(
            part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      return written;
    } finally {
      Files.deleteIfExists(part);
      Files.deleteIfExists(output);
    }
  }

  /** Has {@link ClassLinker} link every class the service loaded, if there is its jar. */
  private void linkLoadedClasses(long pid, Path output) throws IOException, InterruptedException {
    if (linker.isEmpty()) {
      return;
    }
    Process link = jcmd(output, Long.toString(pid), "JVMTI.agent_load", linker.get().toString());
    if (!link.waitFor(2, TimeUnit.MINUTES)) {
      link.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      PlatformRunner.log("Linking the classes for " + archive.getFileName() + " took too long");
      return;
    }
    // jcmd ends normally whatever the agent did; the agent's own outcome is its "return code".
    String said = Files.readString(output, StandardCharsets.UTF_8).strip();
    if (!said.toLowerCase(Locale.ROOT).contains("return code: 0")) {
      PlatformRunner.log(
          "Linking the classes for "
              + archive.getFileName()
              + " failed: "
              + said.replace('\n', ' '));
    }
  }

  private Process jcmd(Path output, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(jcmd.toString());
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }

  private boolean current() throws IOException {
    return StartArchive.writtenAfterEveryFileOf(archive, application);
  }
}
