package th.ita.platform.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

/**
 * Has Quarkus keep each service's OpenAPI model at start and write the document out when {@code
 * /q/openapi} is first asked for, instead of writing it as JSON and as YAML while the service
 * starts: a filter run per request is what makes Quarkus defer the writing. It changes nothing in
 * the document; the filters that shape it ({@link ProblemResponsesFilter}) run at build time. Each
 * format is then written once, not per request: {@link KeptOpenApiDocuments}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class DocumentOnRequest implements OASFilter {}
