package kz.kenes.sms.centre;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import kz.kenes.sms.PhoneNumbers;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;

/**
 * The development SMS centre: a real SMPP 3.4 server (jSMPP) that accepts every {@code submit_sm}
 * from a bound client, keeps the last {@value #KEPT} messages in memory (concatenated segments
 * joined), sends a delivery receipt when asked, and shows what it received at {@code GET
 * /messages?to=<E.164>} on localhost: {@code [{"to","text","receivedAt"}]}, newest first.
 *
 * <p>Started by {@code deploy/run} ({@code java -jar kenes-sms-centre.jar <smpp port> <http port>})
 * and in-process by the integration tests ({@link #start(int, int)}). It holds residents' codes in
 * memory only and listens for HTTP on the loopback interface only; it is not for production.
 */
public final class DevSmsCentre implements AutoCloseable {

  /** Messages kept; older ones are forgotten. */
  public static final int KEPT = 1_000;

  private static final System.Logger LOG = System.getLogger(DevSmsCentre.class.getName());

  /** One message as a handset would show it. */
  public record Received(String to, String from, String text, Instant receivedAt) {
    public Received {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public String toString() {
      return "Received[to=" + PhoneNumbers.mask(to) + ", " + text.length() + " chars]";
    }
  }

  private final String systemId;
  private final String password;
  private final SMPPServerSessionListener smpp;
  private final HttpServer http;
  private final ExecutorService sessions = Executors.newCachedThreadPool(daemon("sms-centre-bind"));
  private final ScheduledExecutorService receipts =
      Executors.newSingleThreadScheduledExecutor(daemon("sms-centre-receipts"));
  private final AtomicLong ids = new AtomicLong();
  private final Deque<Received> messages = new ArrayDeque<>(); // guarded by itself, newest first
  private final Map<String, Parts> partial = new LinkedHashMap<>(); // guarded by messages
  private final java.util.Set<SMPPServerSession> bound =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean running = true;

  private DevSmsCentre(int smppPort, int httpPort, String systemId, String password)
      throws IOException {
    this.systemId = systemId;
    this.password = password;
    this.smpp = new SMPPServerSessionListener(smppPort);
    this.smpp.setMessageReceiverListener(new Submissions(this));
    try {
      this.http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), 0);
    } catch (IOException e) {
      smpp.close();
      throw e;
    }
    http.createContext("/messages", this::messagesEndpoint);
    http.start();
    Thread acceptor = new Thread(this::acceptLoop, "sms-centre-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A centre that accepts a bind with any system id and password. */
  public static DevSmsCentre start(int smppPort, int httpPort) throws IOException {
    return new DevSmsCentre(smppPort, httpPort, null, null);
  }

  /** A centre that accepts binds only with this system id and password. */
  public static DevSmsCentre start(int smppPort, int httpPort, String systemId, String password)
      throws IOException {
    return new DevSmsCentre(
        smppPort, httpPort, Objects.requireNonNull(systemId), Objects.requireNonNull(password));
  }

  /** The messages received for a number (E.164), newest first; every message when null. */
  public List<Received> messages(String to) {
    synchronized (messages) {
      List<Received> found = new ArrayList<>();
      for (Received message : messages) {
        if (to == null || message.to().equals(to)) {
          found.add(message);
        }
      }
      return found;
    }
  }

  /** Forgets every message (tests that count messages start from none). */
  public void clear() {
    synchronized (messages) {
      messages.clear();
      partial.clear();
    }
  }

  public int smppPort() {
    return smpp.getPort();
  }

  public int httpPort() {
    return http.getAddress().getPort();
  }

  @Override
  public void close() {
    running = false;
    try {
      smpp.close();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "closing the SMPP listener", e);
    }
    http.stop(0);
    for (SMPPServerSession session : bound) {
      session.close();
    }
    bound.clear();
    sessions.shutdownNow();
    receipts.shutdownNow();
    stopped.countDown();
  }

  /**
   * {@code java -jar kenes-sms-centre.jar [smpp port] [http port]} (defaults 2775 and 2776). Binds
   * must use {@code KENES_SMPP_SYSTEM_ID} / {@code KENES_SMPP_PASSWORD} when both are set in the
   * environment; otherwise any credentials are accepted.
   */
  public static void main(String[] args) throws Exception {
    int smppPort = args.length > 0 ? Integer.parseInt(args[0]) : 2775;
    int httpPort = args.length > 1 ? Integer.parseInt(args[1]) : 2776;
    String systemId = System.getenv("KENES_SMPP_SYSTEM_ID");
    String password = System.getenv("KENES_SMPP_PASSWORD");
    DevSmsCentre centre =
        systemId != null && password != null && !systemId.isBlank()
            ? start(smppPort, httpPort, systemId, password)
            : start(smppPort, httpPort);
    Runtime.getRuntime().addShutdownHook(new Thread(centre::close, "sms-centre-stop"));
    System.out.println(
        "Kenes development SMS centre: SMPP on port "
            + smppPort
            + ", received messages at http://localhost:"
            + httpPort
            + "/messages?to=+77XXXXXXXXX (it accepts everything and keeps them in memory)");
    centre.stopped.await();
  }

  private void acceptLoop() {
    while (running) {
      SMPPServerSession session;
      try {
        session = smpp.accept();
      } catch (IOException e) {
        if (running) {
          LOG.log(System.Logger.Level.WARNING, "accepting an SMPP connection failed", e);
          continue;
        }
        return;
      }
      sessions.execute(() -> bind(session));
    }
  }

  private void bind(SMPPServerSession session) {
    try {
      BindRequest request = session.waitForBind(5_000);
      boolean allowed =
          systemId == null
              || (systemId.equals(request.getSystemId()) && password.equals(request.getPassword()));
      if (allowed) {
        session.setTransactionTimer(10_000); // a busy client still acknowledges its receipts
        bound.add(session);
        session.addSessionStateListener(
            (now, before, which) -> {
              if (!now.isNotClosed()) {
                bound.remove(session);
              }
            });
        request.accept("kenes-dev");
        if (!running) {
          session.close();
        }
      } else {
        request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
        later(session::close);
      }
    } catch (TimeoutException | IllegalStateException | IOException | PDUStringException e) {
      session.unbindAndClose();
    }
  }

  /** Stores a segment; returns the message id of the submit_sm. Called by {@link Submissions}. */
  String store(SubmitSm submit, String to, Segment segment) {
    String id = Long.toHexString(0x1000_0000L + ids.incrementAndGet());
    Instant now = Instant.now();
    synchronized (messages) {
      if (segment.total() <= 1) {
        remember(new Received(to, submit.getSourceAddr(), segment.text(), now));
      } else {
        String key = submit.getSourceAddr() + "|" + to + "|" + segment.reference();
        Parts parts = partial.computeIfAbsent(key, k -> new Parts(segment.total()));
        parts.put(segment.seq(), segment.text());
        if (parts.complete()) {
          partial.remove(key);
          remember(new Received(to, submit.getSourceAddr(), parts.joined(), now));
        }
        while (partial.size() > KEPT) {
          partial.remove(partial.keySet().iterator().next());
        }
      }
    }
    return id;
  }

  private void remember(Received message) {
    messages.addFirst(message);
    while (messages.size() > KEPT) {
      messages.removeLast();
    }
    LOG.log(
        System.Logger.Level.INFO,
        () ->
            "SMS to "
                + PhoneNumbers.mask(message.to())
                + " ("
                + message.text().length()
                + " chars)");
  }

  void later(Runnable task) {
    if (running) {
      try {
        receipts.schedule(task, 100, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException closing) {
        // the centre is stopping
      }
    }
  }

  private void messagesEndpoint(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "GET");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String to = null;
      String query = exchange.getRequestURI().getRawQuery();
      if (query != null) {
        for (String pair : query.split("&")) {
          if (pair.startsWith("to=")) {
            String value = URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8).strip();
            to = "+" + value.replaceAll("[^0-9]", "");
          }
        }
      }
      StringBuilder json = new StringBuilder("[");
      for (Received message : messages(to)) {
        if (json.length() > 1) {
          json.append(',');
        }
        json.append("{\"to\":")
            .append(Json.string(message.to()))
            .append(",\"text\":")
            .append(Json.string(message.text()))
            .append(",\"receivedAt\":")
            .append(Json.string(message.receivedAt().toString()))
            .append('}');
      }
      byte[] body = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** One decoded segment. */
  record Segment(int reference, int total, int seq, String text) {}

  /** The segments of a concatenated message received so far. */
  private static final class Parts {
    private final String[] texts;

    Parts(int total) {
      texts = new String[total];
    }

    void put(int seq, String text) {
      if (seq >= 1 && seq <= texts.length) {
        texts[seq - 1] = text;
      }
    }

    boolean complete() {
      for (String text : texts) {
        if (text == null) {
          return false;
        }
      }
      return true;
    }

    String joined() {
      return String.join("", texts);
    }
  }
}
