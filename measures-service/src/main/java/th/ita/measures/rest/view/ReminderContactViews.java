package th.ita.measures.rest.view;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of reminder contacts. The unsubscribe token is never shown. */
public final class ReminderContactViews {

  private ReminderContactViews() {}

  @Schema(name = "ReminderContacts")
  public record ReminderContactsView(
      String agencyCode,
      @Schema(description = "Changes with every accepted edit; also sent as the ETag")
          long revision,
      List<ReminderContactView> contacts,
      OffsetDateTime updatedAt,
      String updatedBy) {}

  @Schema(name = "ReminderContact")
  public record ReminderContactView(
      UUID id,
      String name,
      String email,
      @Schema(enumeration = {"th", "en"}) String language,
      String responsibleUnit,
      @Schema(description = "False once the contact has unsubscribed through a message's link")
          boolean subscribed,
      OffsetDateTime unsubscribedAt) {}

  @Schema(name = "MinistryContacts")
  public record MinistryContactsView(
      String ministryCode,
      @Schema(description = "Changes with every accepted edit; also sent as the ETag")
          long revision,
      List<MinistryContactView> contacts,
      OffsetDateTime updatedAt,
      String updatedBy) {}

  @Schema(name = "MinistryContact")
  public record MinistryContactView(
      UUID id,
      String name,
      String email,
      @Schema(enumeration = {"th", "en"}) String language,
      @Schema(description = "False once the coordinator has unsubscribed through a digest's link")
          boolean subscribed,
      OffsetDateTime unsubscribedAt) {}

  @Schema(name = "Unsubscribed")
  public record UnsubscribedView(
      @Schema(description = "The agency whose reminders stop; null for a ministry's coordinator")
          String agencyCode,
      String email,
      OffsetDateTime unsubscribedAt,
      @Schema(description = "What the contact reads, in their language") String message,
      @Schema(
              description =
                  "The ministry whose weekly digest stops; null for an agency's reminder contact")
          String ministryCode) {}
}
