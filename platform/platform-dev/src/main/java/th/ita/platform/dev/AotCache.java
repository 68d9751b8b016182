package th.ita.platform.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A service's ahead-of-time cache (JDK 25 and later, JEPs 483, 514 and 515): the classes the
 * service loaded, already linked, and the profiles of the methods it ran, from its first run of a
 * build. A later start maps the classes and compiles the hot methods at once, instead of finding
 * them again. The services are packaged as Quarkus's {@code aot-jar}, whose classes the JDK's own
 * class loader loads: the JDK caches no class of another loader.
 *
 * <p>The JVM writes the cache as it exits, in a second JVM it starts for the purpose (some seconds
 * of work): the first run's session, from its start to Ctrl-C, is what the cache learns from. It is
 * written under a name of its own and renamed once the service has exited by itself, so that a
 * service killed while writing, or another platform recording into the same directory, leaves no
 * half cache under the cache's name.
 */
final class AotCache implements StartArchive {

  /**
   * The JVM warns of every class it leaves out of the cache (proxies, JFR's, ...) and, at each
   * start, of cached code it links differently: the service's log would fill with them. Errors
   * stay.
   */
  private static final String QUIET = "-Xlog:aot*=error,cds*=error";

  private final Path cache;
  private final Path application;

  /** Where the running service writes the cache as it exits, while it is recording one. */
  private Path recordingTo;

  AotCache(Path cache, Path application) {
    this.cache = cache;
    this.application = application;
  }

  /** See {@link StartArchive#of}. */
  static AotCache of(Path directory, String service, Path runJar, ServiceJava java) {
    return new AotCache(
        directory.resolve(service + "-jdk" + java.build() + ".aot"), runJar.getParent());
  }

  @Override
  public String kind() {
    return "ahead-of-time cache";
  }

  @Override
  public Path file() {
    return cache;
  }

  /** None when the cache's directory cannot be made or looked at: the service then starts as is. */
  @Override
  public List<String> jvmOptions() {
    try {
      if (StartArchive.writtenAfterEveryFileOf(cache, application)) {
        recordingTo = null;
        return List.of("-XX:AOTCache=" + cache, QUIET);
      }
      Files.createDirectories(cache.getParent());
      recordingTo =
          cache.resolveSibling(
              cache.getFileName()
                  + "."
                  + ProcessHandle.current().pid()
                  + "-"
                  + System.nanoTime()
                  + ".part");
      return List.of("-XX:AOTCacheOutput=" + recordingTo, QUIET);
    } catch (IOException | UncheckedIOException e) {
      recordingTo = null;
      return List.of();
    }
  }

  @Override
  public boolean writtenAtExit() {
    return recordingTo != null;
  }

  @Override
  public boolean recordWhileRunning(long pid) {
    return false;
  }

  @Override
  public boolean keepAfterExit(boolean exitedOnItsOwn) throws IOException {
    if (recordingTo == null) {
      return false;
    }
    Path written = recordingTo;
    recordingTo = null;
    try {
      if (!exitedOnItsOwn
          || !Files.isRegularFile(written)
          || Files.size(written) == 0
          || StartArchive.writtenAfterEveryFileOf(cache, application)) {
        return false;
      }
      Files.move(
          written, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } finally {
      Files.deleteIfExists(written);
      // The JVM's own intermediate file, left behind when it was killed before removing it.
      Files.deleteIfExists(written.resolveSibling(written.getFileName() + ".config"));
    }
  }
}
