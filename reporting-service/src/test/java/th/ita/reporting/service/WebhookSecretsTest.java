package th.ita.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {

  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  /** The example of the Standard Webhooks specification's reference libraries. */
  @Test
  void signsAsStandardWebhooksDoes() {
    assertThat(
            WebhookSecrets.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                "{\"test\": 2432232314}"))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void aSecretIsStoredEncryptedAndReadBack() {
    WebhookSecrets secrets = new WebhookSecrets(KEY);
    String secret = secrets.generate();
    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    String stored = secrets.encrypt(secret);
    assertThat(stored).doesNotContain(secret.substring(6));
    assertThat(secrets.decrypt(stored)).isEqualTo(secret);
    // Another key cannot read it.
    WebhookSecrets other =
        new WebhookSecrets(
            Base64.getEncoder()
                .encodeToString(
                    new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
    assertThatThrownBy(() -> other.decrypt(stored))
        .hasMessage("Cannot decrypt a webhook secret: was ita.webhooks.secret-key changed?");
  }
}
