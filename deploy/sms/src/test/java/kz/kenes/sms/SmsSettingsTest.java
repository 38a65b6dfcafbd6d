package kz.kenes.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsSettingsTest {

  @Test
  void nothingConfiguredMeansOffAndSendingFails() {
    SmsSettings settings = SmsSettings.from(name -> null);
    assertThat(settings.transport()).isEqualTo(SmsSettings.Transport.OFF);
    assertThat(settings.smppPort()).isEqualTo(2775);
    assertThat(settings.sender()).isEqualTo("Kenes");
    try (SmsGateway gateway = SmsGateway.open(settings)) {
      assertThatThrownBy(() -> gateway.send(new SmsMessage("+77011234567", "x")))
          .isInstanceOf(SmsException.class)
          .hasMessageContaining("KENES_SMS_TRANSPORT");
    }
  }

  @Test
  void readsEveryVariableAndIgnoresBlankOnes() {
    Map<String, String> env =
        Map.of(
            "KENES_SMS_TRANSPORT", "SMPP",
            "KENES_SMPP_HOST", "smsc.example.kz",
            "KENES_SMPP_PORT", "3775",
            "KENES_SMPP_SYSTEM_ID", "akimat",
            "KENES_SMPP_PASSWORD", "s3cret",
            "KENES_SMS_SENDER", "  ",
            "KENES_SMS_HTTP_URL", "https://gw.example.kz/send",
            "KENES_SMS_HTTP_USER", "u",
            "KENES_SMS_HTTP_PASSWORD", "p",
            "KENES_SMS_HTTP_BODY", "{\"msisdn\":\"{to}\",\"msg\":\"{text}\"}");
    SmsSettings settings = SmsSettings.from(env::get);
    assertThat(settings.transport()).isEqualTo(SmsSettings.Transport.SMPP);
    assertThat(settings.smppHost()).isEqualTo("smsc.example.kz");
    assertThat(settings.smppPort()).isEqualTo(3775);
    assertThat(settings.smppSystemId()).isEqualTo("akimat");
    assertThat(settings.smppPassword()).isEqualTo("s3cret");
    assertThat(settings.sender()).isEqualTo("Kenes");
    assertThat(settings.httpUrl()).hasToString("https://gw.example.kz/send");
    assertThat(settings.httpUser()).isEqualTo("u");
    assertThat(settings.httpBody()).contains("msisdn");
    assertThat(settings.toString()).doesNotContain("s3cret");
  }

  @Test
  void malformedValuesNameTheirVariable() {
    assertThatThrownBy(() -> SmsSettings.from(Map.of("KENES_SMS_TRANSPORT", "pigeon")::get))
        .hasMessageContaining("KENES_SMS_TRANSPORT");
    assertThatThrownBy(() -> SmsSettings.from(Map.of("KENES_SMPP_PORT", "many")::get))
        .hasMessageContaining("KENES_SMPP_PORT");
    assertThatThrownBy(() -> SmsSettings.from(Map.of("KENES_SMPP_PORT", "70000")::get))
        .hasMessageContaining("KENES_SMPP_PORT");
    assertThatThrownBy(() -> SmsSettings.from(Map.of("KENES_SMS_TRANSPORT", "http")::get))
        .hasMessageContaining("KENES_SMS_HTTP_URL");
    assertThatThrownBy(
            () ->
                SmsSettings.from(
                    Map.of("KENES_SMS_TRANSPORT", "http", "KENES_SMS_HTTP_URL", "ftp://x")::get))
        .hasMessageContaining("KENES_SMS_HTTP_URL");
  }

  @Test
  void messagesNeverShowTheirNumberOrText() {
    SmsMessage message = new SmsMessage("+77011234567", "Код 123456");
    assertThat(message.toString())
        .doesNotContain("1234567")
        .doesNotContain("123456")
        .contains("+7701***4567");
    assertThatThrownBy(() -> new SmsMessage("87011234567", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
