package th.ita.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * Someone the platform e-mails, in Thai or English, who can stop the messages with the token in
 * each one: an agency's reminder contact or a ministry's coordinator.
 */
@MappedSuperclass
public abstract class MailContact extends PanacheEntityBase {

  @Id public UUID id;

  public int ordinal;

  public String name;

  public String email;

  /** {@code th} or {@code en}. */
  public String language;

  @Column(name = "unsubscribe_token")
  public String unsubscribeToken;

  @Column(name = "unsubscribed_at")
  public OffsetDateTime unsubscribedAt;

  public boolean subscribed() {
    return unsubscribedAt == null;
  }

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }
}
