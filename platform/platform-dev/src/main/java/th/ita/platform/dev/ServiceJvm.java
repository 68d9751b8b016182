package th.ita.platform.dev;

import java.util.List;

/** How a service's JVM is started, by the run command and by the fault harness alike. */
public final class ServiceJvm {

  /**
   * Heap and collector for a small service on a shared machine. A service's classes take about 24
   * MB of metaspace beyond its class-data archive: with the JVM's default first threshold (about 21
   * MB) the start paused for a full collection. A first heap of 32 MB rather than 64 MB left a
   * service on Java 25 with its ahead-of-time cache about 10-15 MB smaller when ready, its start no
   * slower (four alternating starts of measures-service and reporting-service each).
   */
  public static final List<String> OPTIONS =
      List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MetaspaceSize=64m");

  private ServiceJvm() {}
}
