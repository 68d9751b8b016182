package th.ita.platform.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

/**
 * Has the OpenAPI document written out when {@code /q/openapi} is asked for instead of at every
 * start. Without a filter run per request, Quarkus writes each service's whole document as JSON and
 * as YAML while the service starts (a tenth of its start on this platform), for a page that
 * integrators and the schema tests read now and then. It changes nothing in the document: the
 * filters that shape it ({@link ProblemResponsesFilter}) run at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class DocumentOnRequest implements OASFilter {}
