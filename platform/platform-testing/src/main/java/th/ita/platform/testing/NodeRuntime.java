package th.ita.platform.testing;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import th.ita.platform.dev.Directories;

/**
 * A Node.js and npm for the TypeScript checks: the ones on PATH when they are recent enough,
 * otherwise a pinned Node and npm fetched once per machine from the npm registry, which with Maven
 * Central is all a build of this project may download from (README: "a JDK and nothing else").
 */
public final class NodeRuntime {

  /**
   * @redocly/openapi-core, which openapi-typescript parses documents with, needs 18.17.
   */
  static final int MINIMUM_MAJOR = 18;

  static final int MINIMUM_MINOR = 17;
  private static final String MINIMUM = MINIMUM_MAJOR + "." + MINIMUM_MINOR;
  static final String NODE_VERSION = "20.20.2";
  static final String NPM_VERSION = "10.9.9";

  /**
   * {@code npm view node-linux-<arch>@<version> dist.integrity}: the tarball must match exactly.
   */
  private static final Map<String, String> NODE_INTEGRITY =
      Map.of(
          "x64",
              "sha512-PeHQM8wAdmHtZA1mBocygZxs5LiUWtsJezQTkBd0iY987KpGrD1O2tVEydvMZiuXceRanxt7rjTnDEBwOPujoQ==",
          "arm64",
              "sha512-LCXJnNTFiyGuYBw2gZSI5OBFMbkjAPt8sqD/NKrWoE2QmDgSubTqFng6GaNJ9EJ8HpxBMGcWWpbbcs4Vo+CnGg==");

  private static final String NPM_INTEGRITY =
      "sha512-1g+6jLQvaIuB4zwvHL7yrXuXcWZwDsCtBX8bbWDqbvJSSr9nPiDDWTHNgwXR27iIcTTW7v3A57hDW9RYv2W4Yg==";
  private static final String REGISTRY = "https://registry.npmjs.org/";

  /** Lockfile version 3, which package-lock.json uses, needs npm 7. */
  private static final int MINIMUM_NPM_MAJOR = 7;

  private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.\\d+");

  /** Debian/Ubuntu, then Fedora/RHEL: where the machine keeps the certificates it trusts. */
  private static final List<Path> SYSTEM_CA_BUNDLES =
      List.of(
          Path.of("/etc/ssl/certs/ca-certificates.crt"),
          Path.of("/etc/pki/tls/certs/ca-bundle.crt"));

  public record Result(int exitCode, String output) {}

  private final Path node;
  private final List<String> npm;
  private final String version;
  private final Map<String, String> environment;

  private NodeRuntime(
      Path node, List<String> npm, String version, Map<String, String> environment) {
    this.node = node;
    this.npm = List.copyOf(npm);
    this.version = version;
    this.environment = Map.copyOf(environment);
  }

  /**
   * The Node on PATH if it will do, else the pinned one under {@code cacheRoot}. Setting the system
   * property {@code ita.node.download=true} skips PATH, to exercise the download path.
   */
  public static NodeRuntime find(Path cacheRoot) throws IOException, InterruptedException {
    Optional<NodeRuntime> onPath =
        Boolean.getBoolean("ita.node.download")
            ? Optional.empty()
            : onPath(System.getenv().getOrDefault("PATH", ""));
    return onPath.isPresent() ? onPath.get() : downloaded(cacheRoot);
  }

  static Optional<NodeRuntime> onPath(String searchPath) throws IOException, InterruptedException {
    Optional<Path> node = executableOnPath(searchPath, "node");
    Optional<Path> npm = executableOnPath(searchPath, "npm");
    if (node.isEmpty() || npm.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> nodeVersion = versionOf(List.of(node.get().toString(), "--version"));
    Optional<String> npmVersion = versionOf(List.of(npm.get().toString(), "--version"));
    if (nodeVersion.isEmpty()
        || npmVersion.isEmpty()
        || !atLeast(nodeVersion.get(), MINIMUM_MAJOR, MINIMUM_MINOR)
        || !atLeast(npmVersion.get(), MINIMUM_NPM_MAJOR, 0)) {
      return Optional.empty();
    }
    return Optional.of(
        new NodeRuntime(node.get(), List.of(npm.get().toString()), nodeVersion.get(), Map.of()));
  }

  /** The pinned Node and npm, downloaded and verified on first use and kept for later builds. */
  static NodeRuntime downloaded(Path cacheRoot) throws IOException, InterruptedException {
    String arch = registryArch();
    Path home = cacheRoot.resolve("node-" + NODE_VERSION + "-" + arch);
    if (!Files.isExecutable(home.resolve("node/bin/node"))) {
      install(home, arch);
    }
    Path node = home.resolve("node/bin/node");
    List<String> npm = List.of(node.toString(), home.resolve("npm/bin/npm-cli.js").toString());
    String version =
        versionOf(List.of(node.toString(), "--version"))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        node
                            + " does not run on this machine (the npm registry's Node builds need glibc); install Node "
                            + MINIMUM
                            + " or newer with npm on PATH instead"));
    return new NodeRuntime(node, npm, version, trustTheMachinesCertificates());
  }

  /**
   * The registry's Node trusts only the certificates compiled into it, unlike the JDK and the
   * distributions' own Node; behind a TLS-inspecting proxy, npm ci would then fail to reach the
   * registry that the JDK just downloaded Node from.
   */
  private static Map<String, String> trustTheMachinesCertificates() {
    if (System.getenv("NODE_EXTRA_CA_CERTS") != null) {
      return Map.of();
    }
    return SYSTEM_CA_BUNDLES.stream()
        .filter(Files::isReadable)
        .findFirst()
        .map(bundle -> Map.of("NODE_EXTRA_CA_CERTS", bundle.toString()))
        .orElse(Map.of());
  }

  public Result node(Path directory, Duration timeout, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(node.toString()));
    command.addAll(List.of(arguments));
    return run(command, directory, timeout);
  }

  public Result npm(Path directory, Duration timeout, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(npm);
    command.addAll(List.of(arguments));
    return run(command, directory, timeout);
  }

  public String version() {
    return version;
  }

  /** The {@code node} executable, for a test that starts it itself. */
  public Path executable() {
    return node;
  }

  /** The machine-wide cache the pinned Node is downloaded into, shared by every module's tests. */
  public static Path defaultCache() {
    return Path.of(System.getProperty("user.home"), ".cache", "ita-platform");
  }

  @Override
  public String toString() {
    return "Node " + version + " at " + node;
  }

  private Result run(List<String> command, Path directory, Duration timeout)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    // npm runs package scripts and #!/usr/bin/env node launchers: they must find this same Node.
    builder
        .environment()
        .merge(
            "PATH",
            node.getParent().toString(),
            (existing, ours) -> ours + File.pathSeparator + existing);
    builder.environment().put("npm_config_update_notifier", "false");
    builder.environment().putAll(environment);
    return execute(builder, timeout);
  }

  /**
   * Output goes to a file rather than a pipe, so a chatty process can never block on a full pipe
   * while we wait for it.
   */
  private static Result execute(ProcessBuilder builder, Duration timeout)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("ita-node-", ".log");
    try {
      Process process = builder.redirectOutput(log.toFile()).start();
      // Nobody types into these: a prompt gets end of input at once instead of the full timeout.
      process.getOutputStream().close();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException(
            String.join(" ", builder.command())
                + " did not finish within "
                + timeout
                + "; its output so far:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static Optional<Path> executableOnPath(String searchPath, String name) {
    return Stream.of(searchPath.split(Pattern.quote(File.pathSeparator)))
        .filter(directory -> !directory.isBlank())
        .map(directory -> Path.of(directory, name))
        .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
        .findFirst();
  }

  private static Optional<String> versionOf(List<String> command)
      throws IOException, InterruptedException {
    Result result;
    try {
      // Only stdout: npm prints configuration warnings on stderr, which could hold numbers too.
      result =
          execute(
              new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD),
              VERSION_TIMEOUT);
    } catch (IOException | IllegalStateException e) {
      return Optional.empty();
    }
    Matcher matcher = VERSION.matcher(result.output().trim());
    return result.exitCode() == 0 && matcher.find()
        ? Optional.of(matcher.group())
        : Optional.empty();
  }

  static boolean atLeast(String version, int minimumMajor, int minimumMinor) {
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.find()) {
      return false;
    }
    int major = Integer.parseInt(matcher.group(1));
    int minor = Integer.parseInt(matcher.group(2));
    return major > minimumMajor || (major == minimumMajor && minor >= minimumMinor);
  }

  private static String registryArch() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String registryArch =
        switch (arch) {
          case "amd64", "x86_64" -> "x64";
          case "aarch64", "arm64" -> "arm64";
          default -> null;
        };
    if (!os.contains("linux") || registryArch == null) {
      throw new IllegalStateException(
          "No pinned Node for "
              + os
              + "/"
              + arch
              + ": install Node "
              + MINIMUM
              + " or newer with npm on PATH");
    }
    return registryArch;
  }

  /**
   * Unpacks into a private staging directory and renames it into place, so that a build that is
   * interrupted, or two builds running at once, never leave a half-installed Node behind.
   */
  private static void install(Path home, String arch) throws IOException, InterruptedException {
    Files.createDirectories(home.getParent());
    Path staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".partial-");
    try {
      HttpClient http =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .proxy(ProxySelector.getDefault())
              .connectTimeout(Duration.ofSeconds(30))
              .build();
      String nodePackage = "node-linux-" + arch;
      unpack(
          fetchVerified(
              http, tarballUrl(nodePackage, NODE_VERSION), NODE_INTEGRITY.get(arch), staging),
          staging.resolve("node"));
      unpack(
          fetchVerified(http, tarballUrl("npm", NPM_VERSION), NPM_INTEGRITY, staging),
          staging.resolve("npm"));
      try {
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherBuildWasFaster) {
        // Theirs is as good as ours: same pinned, verified tarballs.
      }
    } finally {
      Directories.deleteRecursively(staging);
    }
  }

  private static URI tarballUrl(String name, String version) {
    return URI.create(REGISTRY + name + "/-/" + name + "-" + version + ".tgz");
  }

  private static Path fetchVerified(HttpClient http, URI url, String integrity, Path directory)
      throws IOException, InterruptedException {
    Path tarball = directory.resolve(Path.of(url.getPath()).getFileName().toString());
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(10)).build();
    HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(tarball));
    if (response.statusCode() != 200) {
      throw new IOException("GET " + url + " answered " + response.statusCode());
    }
    String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512(tarball));
    if (!MessageDigest.isEqual(
        actual.getBytes(StandardCharsets.US_ASCII),
        integrity.getBytes(StandardCharsets.US_ASCII))) {
      throw new IOException(
          url + " does not match its pinned integrity " + integrity + " (got " + actual + ")");
    }
    return tarball;
  }

  private static byte[] sha512(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-512");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-512", e);
    }
  }

  /** Unpacks an npm tarball, dropping the {@code package/} directory every entry sits in. */
  private static void unpack(Path tarball, Path target) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(
            new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(tarball))))) {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        String name = entry.getName();
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
          continue;
        }
        Path destination = root.resolve(name.substring(slash + 1)).normalize();
        if (!destination.startsWith(root)) {
          throw new IOException(tarball + " has an entry outside its package: " + name);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
        } else if (entry.isFile()) {
          Files.createDirectories(destination.getParent());
          Files.copy(tar, destination, StandardCopyOption.REPLACE_EXISTING);
          if ((entry.getMode() & 0100) != 0 && !destination.toFile().setExecutable(true, false)) {
            throw new IOException("cannot make " + destination + " executable");
          }
        }
      }
    }
    Files.delete(tarball);
  }
}
