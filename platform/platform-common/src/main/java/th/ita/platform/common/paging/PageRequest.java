package th.ita.platform.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The platform's one pagination convention: {@code ?page=0&size=50}, pages counted from 0, at most
 * 200 items a page and at most {@value #MAX_PAGE} pages, so that {@code page * size} (the offset)
 * always fits an int. Lists answer with a {@link Page}.
 */
public class PageRequest {

  public static final int MAX_SIZE = 200;

  /** 200 items a page times this is 200,000,000: far beyond any list, and far from overflowing. */
  public static final int MAX_PAGE = 1_000_000;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "must be between 0 and 1000000")
  @Max(value = MAX_PAGE, message = "must be between 0 and 1000000")
  @Parameter(description = "Page number, from 0 to 1000000")
  public int page;

  @QueryParam("size")
  @DefaultValue("50")
  @Min(value = 1, message = "must be between 1 and 200")
  @Max(value = MAX_SIZE, message = "must be between 1 and 200")
  @Parameter(description = "Items per page, 1 to 200")
  public int size;

  public static PageRequest of(int page, int size) {
    PageRequest request = new PageRequest();
    request.page = page;
    request.size = size;
    return request;
  }
}
