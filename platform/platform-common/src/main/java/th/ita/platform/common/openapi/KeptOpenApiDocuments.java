package th.ita.platform.common.openapi;

import io.quarkus.arc.Unremovable;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quarkus's OpenAPI documents, each written the first time it is asked for and then kept.
 *
 * <p>With {@link DocumentOnRequest}, Quarkus writes a document for every request of {@code
 * /q/openapi}, which needs no token: anyone could make a service rebuild and serialise its whole
 * API description at will. No filter of the platform changes the document while a service runs, so
 * the first writing of each document and format is the only one. Quarkus's own handler still
 * answers the requests (formats, {@code HEAD}, {@code OPTIONS}); only where it gets the bytes from
 * is this bean, which takes the place of Quarkus's document service. What remains per request is
 * what Quarkus's handler does whenever a filter runs per request: it opens a request context and
 * associates the caller's identity, which nothing there reads. The first writing of each format
 * (about 70 ms on a service just started) may run on an event-loop thread, once.
 *
 * <p>A singleton, not application-scoped: Quarkus's start-up calls its document service's
 * package-private {@code prepareDocument}, which a client proxy made in this package would not pass
 * on to the instance.
 */
@Alternative
@Priority(1)
@Singleton
@Unremovable
public class KeptOpenApiDocuments extends OpenApiDocumentService {

  private record Key(String document, Format format) {}

  private final Map<Key, byte[]> written = new ConcurrentHashMap<>();

  @Override
  public byte[] getDocument(String documentName, Format format) {
    return written.computeIfAbsent(
        new Key(documentName, format), k -> super.getDocument(k.document(), k.format()));
  }
}
