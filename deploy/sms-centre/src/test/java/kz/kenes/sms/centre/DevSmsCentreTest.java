package kz.kenes.sms.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import kz.kenes.sms.DeliveryReceipt;
import kz.kenes.sms.SmsException;
import kz.kenes.sms.SmsGateway;
import kz.kenes.sms.SmsMessage;
import kz.kenes.sms.SmsSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS library against the real development centre over TCP. */
class DevSmsCentreTest {

  private static final String RESIDENT = "+77011234567";

  private int smppPort;
  private int httpPort;
  private DevSmsCentre centre;

  @BeforeEach
  void startCentre() throws IOException {
    smppPort = freePort();
    httpPort = freePort();
    centre = DevSmsCentre.start(smppPort, httpPort);
  }

  @AfterEach
  void stopCentre() {
    centre.close();
  }

  private SmsGateway gateway(String systemId, String password) {
    Map<String, String> env =
        Map.of(
            "KENES_SMS_TRANSPORT",
            "smpp",
            "KENES_SMPP_HOST",
            "localhost",
            "KENES_SMPP_PORT",
            Integer.toString(smppPort),
            "KENES_SMPP_SYSTEM_ID",
            systemId,
            "KENES_SMPP_PASSWORD",
            password);
    return SmsGateway.open(SmsSettings.from(env::get));
  }

  @Test
  void aHundredCharacterKazakhTextArrivesJoinedAndItsReceiptComesBack() throws Exception {
    String text =
        "Сіздің өтінішіңіз №2026-000123 тіркелді. Жауап мерзімі: 26.12.2026. Күйін kenes.kz/a/123 бетінен";
    text = (text + " қараңыз.").substring(0, 100);
    BlockingQueue<DeliveryReceipt> receipts = new LinkedBlockingQueue<>();
    String id;
    try (SmsGateway gateway = gateway("kenes", "kenes")) {
      gateway.onReceipt(receipts::add);
      id = gateway.send(new SmsMessage(RESIDENT, text));

      List<DevSmsCentre.Received> received = centre.messages(RESIDENT);
      assertThat(received).hasSize(1);
      assertThat(received.get(0).text()).isEqualTo(text);
      assertThat(received.get(0).from()).isEqualTo("Kenes");

      // two segments, two receipts, both naming the id send returned
      DeliveryReceipt first = receipts.poll(10, TimeUnit.SECONDS);
      DeliveryReceipt second = receipts.poll(10, TimeUnit.SECONDS);
      assertThat(first).isNotNull();
      assertThat(second).isNotNull();
      assertThat(List.of(first, second)).allSatisfy(r -> assertThat(r.messageId()).isEqualTo(id));
      assertThat(first.state()).isEqualTo(DeliveryReceipt.State.DELIVERED);
    }
  }

  @Test
  void gsm7TextAndSeveralNumbersAreKeptApartNewestFirst() {
    try (SmsGateway gateway = gateway("kenes", "kenes")) {
      gateway.send(new SmsMessage(RESIDENT, "Kenes code: 123456 {valid 5 min} €"));
      gateway.send(new SmsMessage("+77770000002", "Other resident"));
      gateway.send(new SmsMessage(RESIDENT, "Kenes code: 654321"));
    }
    assertThat(centre.messages(RESIDENT))
        .extracting(DevSmsCentre.Received::text)
        .containsExactly("Kenes code: 654321", "Kenes code: 123456 {valid 5 min} €");
    assertThat(centre.messages(null)).hasSize(3);
  }

  @Test
  void theJsonEndpointListsAnumbersMessagesNewestFirst() throws Exception {
    try (SmsGateway gateway = gateway("kenes", "kenes")) {
      gateway.send(new SmsMessage(RESIDENT, "Біріншi \"код\""));
      gateway.send(new SmsMessage(RESIDENT, "Екінші"));
      gateway.send(new SmsMessage("+77770000002", "Басқа"));
    }
    HttpClient client = HttpClient.newHttpClient();
    // '+' unescaped in a query reads as a space: the centre accepts it either way
    for (String query : List.of("to=%2B77011234567", "to=+77011234567")) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + httpPort + "/messages?" + query))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
      assertThat(response.body())
          .startsWith("[{\"to\":\"+77011234567\",\"text\":\"Екінші\",\"receivedAt\":\"20")
          .contains("{\"to\":\"+77011234567\",\"text\":\"Біріншi \\\"код\\\"\",\"receivedAt\":")
          .doesNotContain("Басқа");
    }
    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/messages"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void aCentreWithCredentialsRefusesOtherBinds() throws IOException {
    centre.close();
    // fresh ports: the closed centre's may linger, or be taken by another process meanwhile
    smppPort = freePort();
    httpPort = freePort();
    centre = DevSmsCentre.start(smppPort, httpPort, "akimat", "secret");
    try (SmsGateway wrong = gateway("akimat", "guess")) {
      assertThatThrownBy(() -> wrong.send(new SmsMessage(RESIDENT, "x")))
          .isInstanceOf(SmsException.class)
          .hasMessageNotContaining("1234567");
    }
    try (SmsGateway right = gateway("akimat", "secret")) {
      right.send(new SmsMessage(RESIDENT, "x"));
    }
    assertThat(centre.messages(RESIDENT)).hasSize(1);
  }

  @Test
  void theGatewayBindsAgainAfterTheCentreRestarts() throws Exception {
    try (SmsGateway gateway = gateway("kenes", "kenes")) {
      gateway.send(new SmsMessage(RESIDENT, "before"));
      centre.close();
      Thread.sleep(500); // the gateway sees the connection drop (otherwise: a 10 s answer timeout)
      assertThatThrownBy(() -> gateway.send(new SmsMessage(RESIDENT, "while down")))
          .isInstanceOf(SmsException.class);
      centre = DevSmsCentre.start(smppPort, httpPort);
      String id = null;
      for (int attempt = 0; attempt < 50 && id == null; attempt++) {
        try {
          id = gateway.send(new SmsMessage(RESIDENT, "after"));
        } catch (SmsException stillDown) {
          Thread.sleep(200);
        }
      }
      assertThat(id).isNotNull();
    }
    assertThat(centre.messages(RESIDENT))
        .extracting(DevSmsCentre.Received::text)
        .containsExactly("after");
  }

  @Test
  void nothingListeningIsAnSmsException() throws IOException {
    int nobody = freePort();
    Map<String, String> env =
        Map.of("KENES_SMS_TRANSPORT", "smpp", "KENES_SMPP_PORT", Integer.toString(nobody));
    try (SmsGateway gateway = SmsGateway.open(SmsSettings.from(env::get))) {
      assertThatThrownBy(() -> gateway.send(new SmsMessage(RESIDENT, "x")))
          .isInstanceOf(SmsException.class)
          .hasMessageContaining("cannot bind");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
