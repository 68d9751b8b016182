package th.ita.measures.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The head of agency's approval of a plan, as the signed document records it: who signed, in what
 * position, and on which day.
 */
@Schema(name = "ApprovalInput")
public record ApprovalInput(
    @Schema(description = "The person who approved the plan", examples = "นายสมชาย ใจดี")
        @NotBlank(message = "must name the person who approved the plan")
        @Size(max = 300)
        String approverNameTh,
    @Schema(
            description = "Their position, as it is printed under the signature",
            examples = "อธิบดีกรมส่งเสริมการค้าระหว่างประเทศ")
        @NotBlank(message = "must give the approver's position, such as อธิบดี or ผู้อำนวยการ")
        @Size(max = 300)
        String approverPositionTh,
    @Schema(
            description =
                "The day the plan was signed; today in Bangkok when omitted. Not in the future, nor before the assessment year the plan answers began.",
            examples = "2024-10-15")
        LocalDate approvedOn) {}
