package th.ita.platform.dev;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JDK the services run on. The platform is built for Java 17; a JDK 25 or newer, when the
 * machine has one, starts the services from an ahead-of-time cache ({@link AotCache}) in about two
 * thirds of the time, with less memory. {@code ITA_SERVICE_JAVA_HOME} chooses one; else the newest
 * installed JDK of 25 or later; else the run command's own.
 *
 * @param home the JDK's directory
 * @param feature its feature version (17, 25, ...)
 * @param build its exact build, as a file name may hold it: a cache is only for the build that
 *     wrote it
 */
record ServiceJava(Path home, int feature, String build) {

  /** The first feature version whose ahead-of-time cache holds method profiles (JEP 515). */
  static final int AOT_CACHE_SINCE = 25;

  private static final int BUILT_FOR = 17;

  static ServiceJava choose(Map<String, String> env) throws IOException {
    String chosen = env.get("ITA_SERVICE_JAVA_HOME");
    if (chosen != null && !chosen.isBlank()) {
      return of(Path.of(chosen.trim()))
          .filter(java -> java.feature() >= BUILT_FOR)
          .orElseThrow(
              () ->
                  new IOException(
                      "ITA_SERVICE_JAVA_HOME="
                          + chosen
                          + " is not a JDK "
                          + BUILT_FOR
                          + " or newer, which the services need"));
    }
    try {
      return newestWithAotCacheOrOwn(Jdks.installedNewestFirst());
    } catch (IOException | RuntimeException e) {
      PlatformRunner.log("The installed JDKs could not be looked at: " + e.getMessage());
      return thisJvm();
    }
  }

  /** The first of these JDKs (the newest first) of 25 or later, else the run command's own. */
  static ServiceJava newestWithAotCacheOrOwn(List<Path> installed) {
    return installed.stream()
        .map(ServiceJava::of)
        .flatMap(Optional::stream)
        .filter(ServiceJava::keepsAotCache)
        .findFirst()
        .orElseGet(ServiceJava::thisJvm);
  }

  /** The run command's own JVM. */
  static ServiceJava thisJvm() {
    return new ServiceJava(
        Path.of(System.getProperty("java.home")),
        Runtime.version().feature(),
        Jdks.fileNameSafe(Runtime.version().toString()));
  }

  static Optional<ServiceJava> of(Path home) {
    int feature = Jdks.featureVersion(home);
    return Jdks.build(home)
        .filter(build -> feature > 0)
        .map(b -> new ServiceJava(home, feature, b));
  }

  Path java() {
    return home.resolve("bin").resolve("java");
  }

  Path jcmd() {
    return home.resolve("bin").resolve("jcmd");
  }

  boolean keepsAotCache() {
    return feature >= AOT_CACHE_SINCE;
  }
}
