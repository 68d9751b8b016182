package th.ita.platform.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a service's later starts map instead of loading, parsing and linking its classes again,
 * recorded by the first run of a build. Which kind depends on the JDK that runs the services: a JDK
 * 25 or newer keeps an ahead-of-time cache, written as the service exits ({@link AotCache}); an
 * older one a class-data archive, written while the service runs ({@link ClassDataArchive}). A JVM
 * that cannot map what was recorded starts without it, as before.
 */
sealed interface StartArchive permits AotCache, ClassDataArchive {

  /**
   * The archive of the service whose packaged application is {@code runJar}'s directory, kept in
   * {@code directory} under a name that says which JDK build wrote it (another cannot map it).
   */
  static StartArchive of(Path directory, String service, Path runJar, ServiceJava java) {
    return java.keepsAotCache()
        ? AotCache.of(directory, service, runJar, java)
        : ClassDataArchive.of(directory, service, runJar, java);
  }

  /** What it is called in the run command's messages. */
  String kind();

  Path file();

  /**
   * The JVM options that map the archive, or, while there is none for this build, those that let it
   * be recorded.
   */
  List<String> jvmOptions();

  /**
   * Whether the service, as {@link #jvmOptions} last started it, records the archive as it exits.
   */
  boolean recordsAtExit();

  /**
   * Records the archive from the running service (process {@code pid}), where its kind is recorded
   * so: true when one was written.
   */
  boolean recordWhileRunning(long pid) throws IOException, InterruptedException;

  /**
   * Keeps what the service wrote as it exited, where its kind is written so; {@code exitedOnItsOwn}
   * is false when it had to be killed, and what it wrote is then not kept. True when kept.
   */
  boolean keepAfterExit(boolean exitedOnItsOwn) throws IOException;

  /**
   * A name of its own for an archive being written, beside {@code archive}: renamed to it once
   * complete, so that no reader ever maps half an archive. The name holds the run command's pid.
   * The parts a run command killed before it could rename or delete them ({@code kill -9}) are
   * deleted here: their run command is no longer alive.
   */
  static Path partOf(Path archive) throws IOException {
    deleteAbandonedParts(archive);
    return archive.resolveSibling(
        archive.getFileName()
            + "."
            + ProcessHandle.current().pid()
            + "-"
            + System.nanoTime()
            + ".part");
  }

  private static void deleteAbandonedParts(Path archive) throws IOException {
    String prefix = archive.getFileName() + ".";
    try (Stream<Path> siblings = Files.list(archive.getParent())) {
      for (Path part : siblings.toList()) {
        String name = part.getFileName().toString();
        if (name.startsWith(prefix) && name.contains(".part")) {
          String pid = name.substring(prefix.length()).replaceFirst("-.*", "");
          boolean writerAlive =
              pid.matches("[0-9]+")
                  && ProcessHandle.of(Long.parseLong(pid))
                      .map(ProcessHandle::isAlive)
                      .orElse(false);
          if (!writerAlive) {
            Files.deleteIfExists(part);
          }
        }
      }
    }
  }

  /** Whether no file of {@code application} was written since {@code since}. */
  static boolean unchangedSince(Path application, Instant since) throws IOException {
    FileTime then = FileTime.from(since);
    try (Stream<Path> files = Files.walk(application)) {
      return files
          .filter(Files::isRegularFile)
          .allMatch(file -> modified(file).compareTo(then) < 0);
    }
  }

  /** Whether {@code archive} exists and was written after every file of {@code application}. */
  static boolean writtenAfterEveryFileOf(Path archive, Path application) throws IOException {
    if (!Files.isRegularFile(archive)) {
      return false;
    }
    return unchangedSince(application, Files.getLastModifiedTime(archive).toInstant());
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(Long.MAX_VALUE); // unreadable: the archive may not match it
    }
  }
}
