package kz.kenes.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpGatewayTest {

  private HttpServer server;
  private final BlockingQueue<String[]> requests = new LinkedBlockingQueue<>();
  private volatile int status = 200;
  private volatile String answer = "{\"status\":\"ok\",\"message_id\":\"gw-42\"}";

  @BeforeEach
  void startGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/send",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(
              new String[] {
                exchange.getRequestMethod(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body
              });
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopGateway() {
    server.stop(0);
  }

  private SmsGateway gateway(Map<String, String> extra) {
    Map<String, String> env = new java.util.HashMap<>(extra);
    env.put("KENES_SMS_TRANSPORT", "http");
    env.put("KENES_SMS_HTTP_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/send");
    return SmsGateway.open(SmsSettings.from(env::get));
  }

  @Test
  void templatePlaceholdersAreJsonEscaped() {
    String body =
        HttpGateway.body(
            SmsSettings.DEFAULT_HTTP_BODY,
            "+77011234567",
            "Kenes",
            "Line \"one\"\\\nTab\there {to} \u0001 Қазақ");
    assertThat(body)
        .isEqualTo(
            "{\"to\":\"+77011234567\",\"from\":\"Kenes\",\"text\":\"Line \\\"one\\\"\\\\\\nTab\\there"
                + " {to} \\u0001 Қазақ\"}");
  }

  @Test
  void postsTheTemplateWithBasicCredentialsAndReturnsTheGatewaysId() throws Exception {
    try (SmsGateway gateway =
        gateway(
            Map.of(
                "KENES_SMS_HTTP_USER", "kenes",
                "KENES_SMS_HTTP_PASSWORD", "pa:ss",
                "KENES_SMS_HTTP_BODY", "{\"msisdn\":\"{to}\",\"msg\":\"{text}\"}"))) {
      String id = gateway.send(new SmsMessage("+77011234567", "Өтініш \"№5\" тіркелді"));
      assertThat(id).isEqualTo("gw-42");
    }
    String[] request = requests.poll(5, TimeUnit.SECONDS);
    assertThat(request[0]).isEqualTo("POST");
    assertThat(request[1]).startsWith("application/json");
    assertThat(request[2])
        .isEqualTo(
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString("kenes:pa:ss".getBytes(StandardCharsets.UTF_8)));
    assertThat(request[3])
        .isEqualTo("{\"msisdn\":\"+77011234567\",\"msg\":\"Өтініш \\\"№5\\\" тіркелді\"}");
  }

  @Test
  void anAnswerWithoutIdGetsAGeneratedOne() {
    answer = "OK";
    try (SmsGateway gateway = gateway(Map.of())) {
      assertThat(gateway.send(new SmsMessage("+77011234567", "x"))).startsWith("http-");
    }
    assertThat(requests.peek()[2]).isNull();
  }

  @Test
  void aRefusalIsAnSmsException() {
    status = 503;
    try (SmsGateway gateway = gateway(Map.of())) {
      assertThatThrownBy(() -> gateway.send(new SmsMessage("+77011234567", "x")))
          .isInstanceOf(SmsException.class)
          .hasMessageContaining("503")
          .hasMessageNotContaining("7011234567");
    }
  }

  @Test
  void anUnreachableGatewayIsAnSmsException() {
    server.stop(0);
    try (SmsGateway gateway = gateway(Map.of())) {
      assertThatThrownBy(() -> gateway.send(new SmsMessage("+77011234567", "x")))
          .isInstanceOf(SmsException.class);
    }
  }
}
