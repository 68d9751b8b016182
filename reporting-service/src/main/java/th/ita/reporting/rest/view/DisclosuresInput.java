package th.ita.reporting.rest.view;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an agency published its documents of a fiscal year: the whole record, so a document left
 * out is recorded as not published.
 */
@Schema(name = "DisclosuresInput")
public record DisclosuresInput(
    @Schema(description = "At most one per kind; an empty list records that nothing is published")
        @NotNull(message = "is required")
        @Size(max = 3, message = "must list at most {max} documents, one per kind")
        List<@Valid Document> documents) {

  @Schema(name = "DisclosureInput")
  public record Document(
      @Schema(
              description = "Which document",
              enumeration = {"MEASURES", "PROGRESS_HALF", "PROGRESS_ANNUAL"},
              required = true)
          String kind,
      @Schema(
              description = "Its address on the agency's website, https or http",
              format = "uri",
              maxLength = 2000,
              examples = "https://www.ditp.go.th/ita/2567/measures",
              required = true)
          String url,
      @Schema(
              description = "The day it was published, not after today (Bangkok)",
              examples = "2023-10-06",
              required = true)
          LocalDate publishedOn) {}
}
