package kz.kenes.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The real Keycloak of the project (unpacked by the deploy module), started once per test JVM in
 * dev mode on port 18180 with the kenes realm imported, from a private copy of its home so that a
 * Keycloak of deploy/run is left alone. Started and stopped by {@link KenesExtension}.
 */
public final class KeycloakTestServer {
  public static final int PORT = Integer.getInteger("kenes.it.keycloak.port", 18180);
  public static final String URL = "http://localhost:" + PORT;
  public static final String REALM_URL = URL + "/realms/kenes";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static Process process;

  private KeycloakTestServer() {}

  /** Starts Keycloak unless it already answers; waits until the realm is served. */
  public static synchronized void ensureStarted() {
    SmsCentreTestServer.ensureStarted(); // where Keycloak sends sign-in codes
    if (realmAnswers()) {
      return;
    }
    Path home = copyHome();
    allowThisRunsPort(home.resolve("data/import/kenes-realm.json"));
    launch(home);
  }

  /**
   * Stops the Keycloak this JVM started (a fault test), or returns false if it did not start the
   * one that answers. {@link #restart} starts it again.
   */
  static synchronized boolean stopForFault() {
    if (process == null || !process.isAlive()) {
      return false;
    }
    stop();
    return true;
  }

  /**
   * Starts Keycloak again on the storage it had (the realm, its signing keys, so that tokens issued
   * before stay valid) and waits until the realm answers.
   */
  static synchronized void restart() {
    if (!realmAnswers()) {
      launch(Path.of(System.getProperty("kenes.it.dir"), "keycloak"));
    }
  }

  private static void launch(Path home) {
    Path log = home.resolve("keycloak.log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-port=" + PORT,
                  "--hostname=" + URL,
                  "--import-realm")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
      builder.environment().putAll(SmsCentreTestServer.environment());
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (!realmAnswers()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped while starting; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Keycloak not ready after 10 minutes; see " + log);
      }
      sleep(1000);
    }
  }

  /** Tokens already fetched, reused for two minutes (they live five). */
  private static final java.util.Map<String, java.util.Map.Entry<Long, String>> TOKENS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * An access token of the demo account {@code username}. Fetched tokens are reused for two minutes
   * (fewer sign-ins, faster tests).
   */
  public static String token(String username) {
    var kept = TOKENS.get(username);
    if (kept != null && System.nanoTime() - kept.getKey() < Duration.ofMinutes(2).toNanos()) {
      return kept.getValue();
    }
    String fresh = fetchToken(username);
    TOKENS.put(username, java.util.Map.entry(System.nanoTime(), fresh));
    return fresh;
  }

  private static String fetchToken(String username) {
    ensureStarted();
    String form =
        "grant_type=password&client_id=kenes-cli&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(username, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "no token for " + username + ": " + response.statusCode() + " " + response.body());
    }
    return Json.parse(response.body()).getString("access_token");
  }

  private static boolean realmAnswers() {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(URI.create(REALM_URL))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      return false;
    }
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The realm lets the browser come back to localhost:18080 (port offset 10000); a run with another
   * {@code kenes.it.port.offset} gets its own port there instead.
   */
  private static void allowThisRunsPort(Path realm) {
    int port = 8080 + Integer.getInteger("kenes.it.port.offset", 10000);
    try {
      Files.writeString(
          realm, Files.readString(realm).replace("localhost:18080/", "localhost:" + port + "/"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copyHome() {
    Path source = Path.of(System.getProperty("kenes.keycloak.home"));
    Path target = Path.of(System.getProperty("kenes.it.dir"), "keycloak");
    if (Files.isExecutable(target.resolve("bin/kc.sh"))) {
      // a fresh realm each run: empty storage and the realm file as built now
      deleteTree(target.resolve("data/h2"));
      try {
        Files.copy(
            source.resolve("data/import/kenes-realm.json"),
            target.resolve("data/import/kenes-realm.json"),
            StandardCopyOption.REPLACE_EXISTING);
        // the Kenes extension as built now (start-dev rebuilds Keycloak with it)
        deleteTree(target.resolve("providers"));
        Files.createDirectories(target.resolve("providers"));
        try (Stream<Path> jars = Files.list(source.resolve("providers"))) {
          for (Path jar : (Iterable<Path>) jars::iterator) {
            Files.copy(jar, target.resolve("providers").resolve(jar.getFileName().toString()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return target;
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = source.relativize(file);
        if (relative.startsWith("data/h2") || relative.startsWith("data/transaction-logs")) {
          continue;
        }
        Path copy = target.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(
              file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy Keycloak from " + source, e);
    }
    return target;
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the Keycloak this JVM started, if it did (KenesExtension: when the tests end). */
  static synchronized void stop() {
    if (process != null && process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        java.lang.Thread.currentThread().interrupt();
      }
    }
  }

  private static void sleep(long millis) {
    try {
      java.lang.Thread.sleep(millis);
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
