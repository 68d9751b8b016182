package th.ita.measures;

import java.net.URI;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;

/**
 * S3Proxy over jclouds' transient (in-memory) blob store. {@link S3ProxyTestResource} loads this
 * class in a class loader of its own: jclouds' Guice must see one copy of {@code jakarta.inject},
 * not Quarkus' beside the test classpath's. Its methods take and give JDK types only.
 */
public final class S3ProxyServer {

  private final BlobStoreContext blobs;
  private final int port;
  private final String accessKey;
  private final String secretKey;
  private S3Proxy proxy;

  public S3ProxyServer(int port, String bucket, String accessKey, String secretKey) {
    this.port = port;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
    // By its metadata, not its name: a lookup by name would load every provider S3Proxy names,
    // and those for other clouds are left out of the test classpath.
    this.blobs =
        ContextBuilder.newBuilder(new TransientApiMetadata())
            .credentials(accessKey, secretKey)
            .build(BlobStoreContext.class);
    blobs.getBlobStore().createContainerInLocation(null, bucket);
  }

  /** Serves the blobs on the port. */
  public void serve() throws Exception {
    proxy =
        S3Proxy.builder()
            .blobStore(blobs.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
            .build();
    proxy.start();
  }

  /** Closes the port; the blobs stay. */
  public void halt() throws Exception {
    if (proxy != null) {
      proxy.stop();
      proxy = null;
    }
  }

  public void close() throws Exception {
    halt();
    blobs.close();
  }
}
