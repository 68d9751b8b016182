package th.ita.platform.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
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
 * written under a name of its own and renamed only once that second JVM has finished it, so that a
 * service killed while writing, a writing that failed, or another platform recording into the same
 * directory leaves no half cache under the cache's name.
 */
final class AotCache implements StartArchive {

  /**
   * The JVM warns of every class it leaves out of the cache (proxies, JFR's, ...) and, at each
   * start, of cached code it links differently: the service's log would fill with them. Errors
   * stay.
   */
  private static final String QUIET = "-Xlog:aot*=error,cds*=error";

  /**
   * The first bytes of a cache the JDK wrote whole: its header's magic number, 0xf00baba2, on this
   * little-endian machine. The JVM writes the header last, so a writing cut short has none.
   */
  private static final byte[] MAGIC = {(byte) 0xa2, (byte) 0xab, (byte) 0x0b, (byte) 0xf0};

  private final Path cache;
  private final Path application;

  /**
   * Where the running service writes the cache as it exits, while it is recording one; read by the
   * shutdown hook's thread.
   */
  private volatile Path recordingTo;

  /** When the recording service was started: a build after it makes what it writes stale. */
  private volatile Instant recordingSince;

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
    recordingTo = null;
    try {
      if (StartArchive.writtenAfterEveryFileOf(cache, application)) {
        return List.of("-XX:AOTCache=" + cache, QUIET);
      }
      Files.createDirectories(cache.getParent());
      recordingSince = Instant.now();
      recordingTo = StartArchive.partOf(cache);
      return List.of("-XX:AOTCacheOutput=" + recordingTo, QUIET);
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  @Override
  public boolean recordsAtExit() {
    return recordingTo != null;
  }

  @Override
  public boolean recordWhileRunning(long pid) {
    return false;
  }

  @Override
  public boolean keepAfterExit(boolean exitedOnItsOwn) throws IOException {
    Path written = recordingTo;
    if (written == null) {
      return false;
    }
    recordingTo = null;
    // The JVM removes its intermediate file only once the cache is complete.
    Path configuration = written.resolveSibling(written.getFileName() + ".config");
    try {
      if (!exitedOnItsOwn
          || Files.exists(configuration)
          || !startsWithMagic(written)
          || !StartArchive.unchangedSince(application, recordingSince)
          || StartArchive.writtenAfterEveryFileOf(cache, application)) {
        return false;
      }
      Files.move(
          written, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } finally {
      Files.deleteIfExists(written);
      Files.deleteIfExists(configuration);
    }
  }

  private static boolean startsWithMagic(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] first = in.readNBytes(MAGIC.length);
      return Arrays.equals(first, MAGIC);
    }
  }
}
