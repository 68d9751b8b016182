package th.ita.measures;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Evidence files in S3-compatible object storage: S3Proxy, started for this profile. */
public class S3EvidenceStore implements QuarkusTestProfile {

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(S3ProxyTestResource.class));
  }
}
