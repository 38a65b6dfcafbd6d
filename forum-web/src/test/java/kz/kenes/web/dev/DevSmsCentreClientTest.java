package kz.kenes.web.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import kz.kenes.forum.platform.DomainException;
import org.junit.jupiter.api.Test;

class DevSmsCentreClientTest {

  @Test
  void withoutDemoModeThereIsNothing() {
    assertThatThrownBy(() -> new DevSmsCentreClient(Map.<String, String>of()::get).requireDemo())
        .isInstanceOf(DomainException.NotFound.class);
    assertThatThrownBy(
            () -> new DevSmsCentreClient(Map.of("KENES_DEMO_DATA", "false")::get).requireDemo())
        .isInstanceOf(DomainException.NotFound.class);
    new DevSmsCentreClient(Map.of("KENES_DEMO_DATA", "true")::get).requireDemo();
  }

  @Test
  void theCentreIsAtItsUrlOrThePortAfterTheSmppOne() {
    assertThat(DevSmsCentreClient.centreUrl(Map.<String, String>of()::get))
        .hasToString("http://localhost:2776");
    assertThat(
            DevSmsCentreClient.centreUrl(
                Map.of("KENES_SMPP_HOST", "sms.local", "KENES_SMPP_PORT", "12775")::get))
        .hasToString("http://sms.local:12776");
    assertThat(
            DevSmsCentreClient.centreUrl(
                Map.of("KENES_SMS_CENTRE_URL", "http://127.0.0.1:9000/", "KENES_SMPP_PORT", "1")
                    ::get))
        .hasToString("http://127.0.0.1:9000");
  }

  @Test
  void numbersAreNormalizedOrRefusedNamingTo() {
    assertThat(DevSmsCentreClient.number("8 (701) 123-45-67")).isEqualTo("+77011234567");
    for (String bad : new String[] {null, " ", "+74951234567", "<script>"}) {
      assertThatThrownBy(() -> DevSmsCentreClient.number(bad))
          .isInstanceOfSatisfying(
              DomainException.InvalidInput.class,
              e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("to"));
    }
  }
}
