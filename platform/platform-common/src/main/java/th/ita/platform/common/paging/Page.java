package th.ita.platform.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. {@code totalItems} counts every item matching the filters. */
public record Page<T>(
    @Schema(description = "The items of this page") List<T> items,
    @Schema(description = "This page's number, from 0", examples = "0") int page,
    @Schema(description = "Requested page size", examples = "50") int size,
    @Schema(description = "Items matching the filters, on all pages", examples = "8325")
        long totalItems,
    @Schema(description = "Number of pages", examples = "167") int totalPages) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
    int pages = (int) ((totalItems + request.size - 1) / request.size);
    return new Page<>(items, request.page, request.size, totalItems, pages);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
