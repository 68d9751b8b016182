package th.ita.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.platform.dev.Directories;
import th.ita.platform.testing.NodeRuntime;

/**
 * Portals are mostly web apps, and their teams generate TypeScript from the services' served
 * OpenAPI documents with openapi-typescript. This does the same with pinned tool versions and
 * type-checks a hand-written portal module (src/test/typescript/portal-example.ts) against the
 * result, so a document that loses an operation, a schema, a field or an enum value a portal relies
 * on fails the build here rather than in a portal team's.
 */
class TypeScriptTypesTest {

  private static final Path PROJECT =
      Path.of(System.getProperty("ita.project.dir", "..")).toAbsolutePath().normalize();
  private static final Path SOURCES = PROJECT.resolve("system-tests/src/test/typescript");
  private static final Path WORK = PROJECT.resolve("system-tests/target/typescript");
  private static final Path NODE_CACHE = NodeRuntime.defaultCache();
  private static final List<String> SOURCE_FILES =
      List.of(
          "package.json",
          "package-lock.json",
          "tsconfig.json",
          "portal-example.ts",
          "negative/tsconfig.json",
          "negative/unknown-measure-status.ts");
  // Run through node rather than node_modules/.bin, whose launchers need a node on PATH.
  private static final String OPENAPI_TYPESCRIPT = "node_modules/openapi-typescript/bin/cli.js";
  private static final String TSC = "node_modules/typescript/bin/tsc";

  /** Written into node_modules after npm ci, which empties that directory before it installs. */
  private static final String INSTALLED_STAMP = "node_modules/.ita-installed";

  /**
   * Members of openapi-typescript's {@code operations} interface, and the paths' references to
   * them.
   */
  private static final Pattern DECLARED_OPERATION = Pattern.compile("(?m)^    (\\w+): \\{$");

  private static final Pattern ROUTED_OPERATION = Pattern.compile("operations\\[\"(\\w+)\"\\]");

  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(2);

  private record Service(String shortName, List<String> operationsPortalsUse) {

    Path document() {
      return PROJECT.resolve(shortName + "-service/target/openapi/openapi.json");
    }

    Path generated() {
      return WORK.resolve("generated/" + shortName + ".ts");
    }
  }

  private static final List<Service> SERVICES =
      List.of(
          new Service(
              "assessment", List.of("registerAgency", "getResult", "putResult", "publishResult")),
          new Service(
              "measures",
              List.of(
                  "getGapList", "putPlan", "publishPlan", "changeMeasureStatus", "addEvidence")),
          new Service("reporting", List.of("getMeasuresDocument")));

  private static NodeRuntime node;

  @BeforeAll
  static void generateTypesFromTheServedDocuments() throws Exception {
    node = NodeRuntime.find(NODE_CACHE);
    System.out.println("[typescript] " + node);
    copySources();
    installPinnedPackages();
    Directories.deleteRecursively(WORK.resolve("generated"));
    Files.createDirectories(WORK.resolve("generated"));
    for (Service service : SERVICES) {
      assertThat(service.document())
          .as("the build writes %s-service's served OpenAPI document", service.shortName())
          .isRegularFile();
      NodeRuntime.Result result =
          node.node(
              WORK,
              TOOL_TIMEOUT,
              OPENAPI_TYPESCRIPT,
              service.document().toString(),
              "--output",
              WORK.relativize(service.generated()).toString());
      assertThat(result.exitCode())
          .as("openapi-typescript on %s:\n%s", service.document(), result.output())
          .isZero();
    }
  }

  @Test
  void generatedTypesDeclareTheOperationsPortalsUse() throws IOException {
    for (Service service : SERVICES) {
      String types = Files.readString(service.generated(), StandardCharsets.UTF_8);
      int operationsStart = types.indexOf("export interface operations {");
      assertThat(operationsStart)
          .as("%s has an operations interface", service.generated().getFileName())
          .isNotNegative();
      String operationsInterface = types.substring(operationsStart);
      assertThat(matches(DECLARED_OPERATION, operationsInterface))
          .as("operations declared in %s", service.generated().getFileName())
          .containsAll(service.operationsPortalsUse());
      assertThat(matches(ROUTED_OPERATION, types))
          .as("operations a path leads to in %s", service.generated().getFileName())
          .containsAll(service.operationsPortalsUse());
    }
  }

  @Test
  void portalModuleCompilesAgainstTheGeneratedTypes() throws Exception {
    NodeRuntime.Result tsc =
        node.node(WORK, TOOL_TIMEOUT, TSC, "--project", "tsconfig.json", "--pretty", "false");
    assertThat(tsc.exitCode()).as("tsc --project tsconfig.json:\n%s", tsc.output()).isZero();
  }

  /**
   * Without this, a tsc that passes everything (a wrong config, no input files, an enum generated
   * as plain string) would look the same as a portal that compiles.
   */
  @Test
  void tscRejectsAMeasureStatusTheMeasuresApiDoesNotKnow() throws Exception {
    NodeRuntime.Result tsc =
        node.node(
            WORK, TOOL_TIMEOUT, TSC, "--project", "negative/tsconfig.json", "--pretty", "false");
    assertThat(tsc.exitCode())
        .as("tsc must reject negative/unknown-measure-status.ts:\n%s", tsc.output())
        .isNotZero();
    assertThat(tsc.output().lines().filter(line -> line.contains("error TS")))
        .as("the only error is the unknown status, not a missing file or another mistake")
        .singleElement()
        .asString()
        .contains("unknown-measure-status.ts", "TS2322", "\"STARTED\"");
  }

  private static Set<String> matches(Pattern pattern, String text) {
    return pattern
        .matcher(text)
        .results()
        .map(match -> match.group(1))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void copySources() throws IOException {
    for (String file : SOURCE_FILES) {
      Path target = WORK.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(SOURCES.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** npm ci takes seconds even from npm's cache, so it runs again only when its inputs changed. */
  private static void installPinnedPackages() throws Exception {
    String inputs =
        sha256(
            Files.readString(WORK.resolve("package.json"))
                + Files.readString(WORK.resolve("package-lock.json"))
                + node.version());
    Path stamp = WORK.resolve(INSTALLED_STAMP);
    if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(inputs)) {
      return;
    }
    NodeRuntime.Result install = node.npm(WORK, INSTALL_TIMEOUT, "ci", "--no-audit", "--no-fund");
    assertThat(install.exitCode()).as("npm ci in %s:\n%s", WORK, install.output()).isZero();
    Files.writeString(stamp, inputs);
  }

  private static String sha256(String text) throws NoSuchAlgorithmException {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
