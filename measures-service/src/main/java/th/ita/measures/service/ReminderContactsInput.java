package th.ita.measures.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.platform.common.validation.StoredText;

/** The whole list of an agency's reminder contacts, replacing the one before. */
@Schema(name = "ReminderContactsInput")
public record ReminderContactsInput(
    @Schema(
            description =
                "Everyone who should hear about the agency's plan; an empty list stops all")
        @NotNull(message = "the list of contacts is required (it may be empty)")
        @Size(max = 100)
        List<@NotNull @Valid Contact> contacts) {

  /** One contact: a person, or a responsible unit's mailbox. */
  @Schema(name = "ReminderContactInput")
  public record Contact(
      @Schema(examples = "นางสาวสมหญิง รักดี") @NotBlank @Size(max = 200) @StoredText String name,
      @Schema(examples = "somying@ditp.go.th") @NotBlank @Email @Size(max = 254) @StoredText
          String email,
      @Schema(
              description = "The language of the messages: th (the default) or en",
              examples = "th",
              enumeration = {"th", "en"})
          @Pattern(regexp = "th|en", message = "must be th or en")
          String language,
      @Schema(
              description =
                  "A responsible unit as the measures name it: the contact then hears only about"
                      + " the measures of that unit (a unit's mailbox); without it, about every"
                      + " measure of the agency",
              examples = "งานพัสดุ")
          @Size(max = 300)
          @StoredText
          String responsibleUnit)
      implements ContactInput {

    @Override
    public String languageOrDefault() {
      return language == null ? "th" : language;
    }
  }
}
