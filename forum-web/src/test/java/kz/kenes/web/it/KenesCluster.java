package kz.kenes.web.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of {@code deploy/cluster}, started by the script itself (the way a newcomer starts
 * it) on ports shifted by {@code kenes.it.cluster.port.base} (HAProxy on the base, the nodes on
 * base+1 and base+2, Keycloak on base+100), with a fresh database {@code kenes_it_cluster} (on
 * another base {@code kenes_it_cluster_<base>}, so that two runs on one machine do not share it);
 * stopped with {@code deploy/stop}. Extra environment for the nodes comes from the caller.
 */
final class KenesCluster implements AutoCloseable {
  static final int DEFAULT_BASE = 30080;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path root = Path.of(System.getProperty("kenes.repo.root"));
  private final Path data = Path.of(System.getProperty("kenes.it.dir"), "cluster");
  private final int base = Integer.getInteger("kenes.it.cluster.port.base", DEFAULT_BASE);
  private final String db = base == DEFAULT_BASE ? "kenes_it_cluster" : "kenes_it_cluster_" + base;
  private Map<String, String> env = Map.of();

  KenesCluster start(Map<String, String> env) throws IOException, InterruptedException {
    Files.createDirectories(data);
    Runtime.getRuntime().addShutdownHook(new java.lang.Thread(this::close));
    this.env = Map.copyOf(env);
    script("--detach", "--fresh");
    return this;
  }

  /**
   * Starts one stopped part of the cluster again ({@code node1}, {@code node2}, {@code keycloak},
   * {@code sms-centre}) with the settings of the start; returns once it answers.
   */
  void restart(String part) throws IOException, InterruptedException {
    script("--restart", part);
  }

  private void script(String... options) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>();
    command.add(root.resolve("deploy/cluster").toString());
    command.addAll(List.of(options));
    command.addAll(List.of("--port-base", String.valueOf(base)));
    ProcessBuilder script =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(data.resolve("cluster-script.log").toFile()));
    script.environment().put("KENES_DATA_DIR", data.toString());
    script.environment().put("KENES_CLUSTER_DB", db);
    // the script's 400 s for the whole start is short when the machine is busy (load 30: node1
    // alone took 250 s to boot)
    script.environment().put("KENES_START_TIMEOUT", "1200");
    script.environment().putAll(env);
    Process process = script.start();
    if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "deploy/cluster "
              + String.join(" ", options)
              + " failed; see "
              + data.resolve("cluster-script.log"));
    }
  }

  /** SIGKILL to a part's process group (each part is started with setsid). */
  void kill(String part) throws IOException, InterruptedException {
    signal(part, "-KILL");
  }

  /** Stops a part (SIGTERM to its process group) and waits until its processes are gone. */
  void stop(String part) throws IOException, InterruptedException {
    signal(part, "-TERM");
  }

  private void signal(String part, String signal) throws IOException, InterruptedException {
    long pid = pid(part);
    if (new ProcessBuilder("kill", signal, "--", "-" + pid).start().waitFor() != 0) {
      throw new IllegalStateException(part + " (" + pid + ") is not running");
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (new ProcessBuilder("kill", "-0", "--", "-" + pid).start().waitFor() == 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(part + " did not stop within 60 s");
      }
      java.lang.Thread.sleep(100);
    }
  }

  /** A port of the default layout (8080 = HAProxy) moved as the script moves it. */
  int port(int defaultPort) {
    return defaultPort + base - 8080;
  }

  /** The log of a part ({@code node1}, {@code keycloak} ...). */
  Path log(String part) {
    return data.resolve("logs/" + part + ".log");
  }

  /** HAProxy's address. */
  URI balancer() {
    return URI.create("http://localhost:" + base);
  }

  /** Node 1 or 2 directly. */
  URI node(int n) {
    return URI.create("http://localhost:" + (base + n));
  }

  /** The pid of node 1 or 2 (its process group: the script starts each with setsid). */
  long pid(int n) throws IOException {
    return pid("node" + n);
  }

  /** The pid (and process group) of a part: {@code node1}, {@code keycloak} ... */
  long pid(String part) throws IOException {
    return Long.parseLong(Files.readString(data.resolve("run/" + part + ".pid")).strip());
  }

  /** A bearer token of a demo account (password = user name) from the cluster's Keycloak. */
  String token(String user) throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=kenes-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + (base + 100)
                            + "/realms/kenes/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("no token for " + user + ": " + response.statusCode());
    }
    return Json.parse(response.body()).getString("access_token");
  }

  /** A connection to the cluster's database. */
  Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + db, "kenes", "kenes");
  }

  static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> postJson(URI uri, String json, String token)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    try {
      ProcessBuilder stop =
          new ProcessBuilder(root.resolve("deploy/stop").toString())
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(data.resolve("cluster-script.log").toFile()));
      stop.environment().put("KENES_DATA_DIR", data.toString());
      stop.start().waitFor(3, TimeUnit.MINUTES);
    } catch (IOException | InterruptedException | RuntimeException ignored) {
      // best effort: the JVM is ending
    }
  }

  static List<String> nodes() {
    return List.of("node1", "node2");
  }
}
