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

/** The whole list of a ministry's coordinators, replacing the one before. */
@Schema(name = "MinistryContactsInput")
public record MinistryContactsInput(
    @Schema(
            description =
                "Everyone who should get the ministry's weekly digest; an empty list stops it")
        @NotNull(message = "the list of contacts is required (it may be empty)")
        @Size(max = 100)
        List<@NotNull @Valid Coordinator> contacts) {

  /** One coordinator: a person, or the ministry's mailbox. */
  @Schema(name = "MinistryContactInput")
  public record Coordinator(
      @Schema(examples = "นางสาวสมหญิง รักดี") @NotBlank @Size(max = 200) @StoredText String name,
      @Schema(examples = "somying@moc.go.th") @NotBlank @Email @Size(max = 254) @StoredText
          String email,
      @Schema(
              description = "The language of the digest: th (the default) or en",
              examples = "th",
              enumeration = {"th", "en"})
          @Pattern(regexp = "th|en", message = "must be th or en")
          String language)
      implements ContactInput {

    @Override
    public String languageOrDefault() {
      return language == null ? "th" : language;
    }
  }
}
