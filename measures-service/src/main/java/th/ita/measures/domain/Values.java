package th.ita.measures.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.platform.common.validation.Score;

/** Small values kept as JSON inside measures and evidence. */
public final class Values {

  private Values() {}

  @Schema(
      name = "TargetQuestion",
      description = "A question a measure targets, with its score at planning time")
  public record TargetQuestion(
      @Schema(examples = "i10") @NotBlank @Size(max = 20) String code,
      @Schema(examples = "77.10") @Score BigDecimal score) {}

  @Schema(
      name = "Reporting",
      description = "To whom progress is reported and how often (การรายงานผล)")
  public record Reporting(
      @Schema(examples = "ผู้อำนวยการ") @Size(max = 300) String to,
      @Schema(examples = "6") @Min(1) @Max(12) Integer everyMonths,
      @Size(max = 2000) String note) {}

  @Schema(name = "EvidenceLink")
  public record Link(
      @Size(max = 300) String title,
      @NotBlank
          @Size(max = 2000)
          @Pattern(regexp = "https?://.+", message = "must be an http or https address")
          String url) {}

  /** Metadata of a file kept elsewhere (the platform stores references, not files). */
  @Schema(name = "EvidenceAttachment")
  public record Attachment(
      @NotBlank @Size(max = 300) String fileName,
      @Schema(examples = "application/pdf")
          @Pattern(
              regexp =
                  "application/pdf|image/(png|jpeg)|application/vnd\\.openxmlformats-officedocument\\.(wordprocessingml\\.document|spreadsheetml\\.sheet)",
              message = "must be PDF, PNG, JPEG, DOCX or XLSX")
          String mediaType,
      @Schema(description = "Size in bytes, at most 20 MB") @Min(0) @Max(20_971_520) Long sizeBytes,
      @Schema(description = "Where the file is kept, e.g. a document-system id or URL")
          @Size(max = 2000)
          String reference) {}
}
