package th.ita.reporting.rest.view;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the agencies reports cover. */
@Schema(name = "ReportAgencyPage")
public record ReportAgencyPage(
    List<DirectoryAgencyView> items, int page, int size, long totalItems, int totalPages) {}
