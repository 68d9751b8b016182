package th.ita.measures;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * S3Proxy in the tests' own JVM on a free port ({@link S3ProxyServer}), for {@code
 * S3EvidenceFileTest}: an S3 API with signatures checked, over an in-memory blob store. {@link
 * #outage} takes it away for a while; the blobs stay, as a store that comes back keeps its objects.
 */
public class S3ProxyTestResource implements QuarkusTestResourceLifecycleManager {

  static final String BUCKET = "ita-evidence";
  static final String PREFIX = "test/";
  static final String ACCESS_KEY = "ita-test";
  static final String SECRET_KEY = "ita-test-secret";

  private static URLClassLoader loader;
  private static Object server;

  @Override
  public Map<String, String> start() {
    int port = freePort();
    try {
      loader = new URLClassLoader(testClassPath(), ClassLoader.getPlatformClassLoader());
      server =
          loader
              .loadClass(S3ProxyServer.class.getName())
              .getConstructor(int.class, String.class, String.class, String.class)
              .newInstance(port, BUCKET, ACCESS_KEY, SECRET_KEY);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("S3Proxy could not be set up", e);
    }
    call("serve");
    return Map.of(
        "ita.evidence.files.store", "s3",
        "ita.evidence.files.s3.endpoint", "http://127.0.0.1:" + port,
        "ita.evidence.files.s3.bucket", BUCKET,
        "ita.evidence.files.s3.access-key", ACCESS_KEY,
        "ita.evidence.files.s3.secret-key", SECRET_KEY,
        "ita.evidence.files.s3.prefix", PREFIX);
  }

  @Override
  public void stop() {
    if (server != null) {
      call("close");
      server = null;
    }
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code during} with the store's port closed, then serves the same blobs again. */
  static void outage(Runnable during) {
    if (server == null) {
      throw new IllegalStateException("S3Proxy is not running for this test");
    }
    call("halt");
    try {
      during.run();
    } finally {
      call("serve");
    }
  }

  private static void call(String method) {
    try {
      server.getClass().getMethod(method).invoke(server);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("S3Proxy could not " + method, e);
    }
  }

  /**
   * The test classpath as Surefire gives it, without the Guice 5 that Quarkus' test bootstrap
   * brings (Maven's resolver, {@code guice-5.x-classes.jar}): it comes first and jclouds needs
   * Guice 7.
   */
  private static URL[] testClassPath() {
    String path =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      String name = new File(entry).getName();
      if (name.matches("guice-\\d.*") && !name.startsWith("guice-7")) {
        continue;
      }
      try {
        urls.add(new File(entry).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(entry, e);
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
