package th.ita.measures.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.measures.domain.Values.Attachment;
import th.ita.measures.domain.Values.Link;

/** Evidence that an activity happened, as seed 003 records its meeting. */
@Schema(name = "EvidenceInput")
public record EvidenceInput(
    @Schema(description = "The milestone it evidences, if any") UUID milestoneId,
    @Schema(
            description = "When the activity happened (not when it is recorded)",
            examples = "2025-11-20")
        @NotNull
        @PastOrPresent(message = "must not be in the future: evidence records what happened")
        LocalDate occurredOn,
    @Schema(examples = "09:30") LocalTime startTime,
    @Schema(examples = "11:00") LocalTime endTime,
    @Schema(examples = "ประชุมภายในเพื่อชี้แจงผลการประเมินและมาตรการแก้ไข")
        @NotBlank
        @Size(max = 500)
        String titleTh,
    @Size(max = 20000) String description,
    @Schema(examples = "ห้องประชุมศูนย์ความร่วมมือระหว่างประเทศ อาคาร 6 ชั้น 4") @Size(max = 500)
        String place,
    @Size(max = 200) List<@NotBlank @Size(max = 300) String> attendees,
    @Size(max = 50) List<@Valid @NotNull Link> links,
    @Size(max = 20) List<@Valid @NotNull Attachment> attachments) {}
