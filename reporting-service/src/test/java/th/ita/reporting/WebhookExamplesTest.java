package th.ita.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.NodeRuntime;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * The signature-checking examples integrators are pointed to (docs/examples/webhooks) compile and
 * accept a real delivery from this service, and refuse it once its body, secret or timestamp is
 * wrong. The TypeScript example is compiled with tsc (the npm package as a Maven Central webjar,
 * unpacked by the build into target/typescript) and run with the machine's Node 18+, or the pinned
 * one {@link NodeRuntime} downloads once from the npm registry.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class WebhookExamplesTest {

  static final Path EXAMPLES = Path.of("../docs/examples/webhooks").toAbsolutePath().normalize();
  static final Path WORK = Path.of("target/webhook-examples").toAbsolutePath();

  static WebhookReceiver.Received delivery;
  static String secret;

  /** One real delivery for both examples, received the first time a test asks. */
  static synchronized void receiveOneDelivery() throws Exception {
    if (delivery != null) {
      return;
    }
    String agency = ReportFixtures.agency("WH-EXAMPLE", "MOC");
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      secret =
          WebhooksTest.subscribe(
                  TestTokens.officer(agency), receiver.url(), agency, "PlanPublished")
              .statusCode(201)
              .extract()
              .path("secret");
      ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
      ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
      delivery = receiver.received().get(0);
    }
  }

  @Test
  void theJavaExampleVerifiesARealDelivery() throws Exception {
    receiveOneDelivery();
    Path classes = Files.createDirectories(WORK.resolve("java"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler (this runs on a JRE)").isNotNull();
    int exit =
        javac.run(
            null,
            null,
            null,
            "-d",
            classes.toString(),
            EXAMPLES.resolve("VerifyWebhook.java").toString());
    assertThat(exit).as("javac VerifyWebhook.java").isZero();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      Method verify =
          loader
              .loadClass("VerifyWebhook")
              .getMethod("verify", String.class, Map.class, String.class, long.class);
      long now = Instant.now().getEpochSecond();
      assertThat(verify.invoke(null, secret, delivery.headers(), delivery.body(), now))
          .isEqualTo(true);
      assertThat(verify.invoke(null, secret, delivery.headers(), delivery.body() + " ", now))
          .isEqualTo(false);
      assertThat(verify.invoke(null, otherSecret(), delivery.headers(), delivery.body(), now))
          .isEqualTo(false);
      assertThat(verify.invoke(null, secret, delivery.headers(), delivery.body(), now + 600))
          .isEqualTo(false);
    }
  }

  @Test
  void theTypeScriptExampleVerifiesARealDelivery() throws Exception {
    receiveOneDelivery();
    // The machine's Node 18+, else the pinned one downloaded once from the npm registry.
    String node = NodeRuntime.find(NodeRuntime.defaultCache()).executable().toString();
    Path out = Files.createDirectories(WORK.resolve("ts"));
    Files.writeString(out.resolve("package.json"), "{\"type\": \"module\"}");
    Result compiled =
        run(
            List.of(
                node,
                tsc(),
                "--strict",
                "--target",
                "es2022",
                "--module",
                "es2022",
                "--lib",
                "es2022,dom",
                "--outDir",
                out.toString(),
                EXAMPLES.resolve("verify-webhook.ts").toString()),
            Map.of());
    assertThat(compiled.exit()).as("tsc verify-webhook.ts:\n%s", compiled.output()).isZero();

    Path runner = out.resolve("run.mjs");
    Files.writeString(
        runner,
        """
        import { webcrypto } from "node:crypto";
        // Node 18 (Debian 12's) has Web Crypto only as node:crypto's webcrypto; 19+ as a global.
        globalThis.crypto ??= webcrypto;
        const { verifyWebhook } = await import("./verify-webhook.js");
        const d = JSON.parse(process.env.DELIVERY);
        const now = Math.floor(Date.now() / 1000);
        const results = [
          await verifyWebhook(d.secret, d.headers, d.body),
          await verifyWebhook(d.secret, d.headers, d.body + " "),
          await verifyWebhook(d.other, d.headers, d.body),
          await verifyWebhook(d.secret, d.headers, d.body, now + 600),
        ];
        console.log(results.join(","));
        """);
    ObjectNode input = ReportFixtures.JSON.createObjectNode();
    input.put("secret", secret).put("other", otherSecret()).put("body", delivery.body());
    ObjectNode headers = input.putObject("headers");
    delivery.headers().forEach(headers::put);
    Result ran = run(List.of(node, runner.toString()), Map.of("DELIVERY", input.toString()));
    assertThat(ran.exit()).as("node run.mjs:\n%s", ran.output()).isZero();
    assertThat(ran.output().strip()).isEqualTo("true,false,false,false");
  }

  /** tsc as the build unpacked it from the webjar (META-INF/resources/webjars/typescript/…). */
  private static String tsc() throws IOException {
    Path unpacked = Path.of("target/typescript").toAbsolutePath();
    try (var files = Files.exists(unpacked) ? Files.walk(unpacked) : Stream.<Path>empty()) {
      return files
          .filter(p -> p.endsWith(Path.of("lib", "tsc.js")))
          .findFirst()
          .map(Path::toString)
          .orElseThrow(
              () ->
                  new AssertionError(
                      "no lib/tsc.js under "
                          + unpacked
                          + ": the build unpacks the org.webjars.npm:typescript jar there (mvn test)"));
    }
  }

  private static String otherSecret() {
    return "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
  }

  record Result(int exit, String output) {}

  private static Result run(List<String> command, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
