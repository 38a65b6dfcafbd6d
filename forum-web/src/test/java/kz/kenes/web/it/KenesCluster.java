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
 * base+1 and base+2, Keycloak on base+100), with a fresh database {@code kenes_it_cluster}; stopped
 * with {@code deploy/stop}. Extra environment for the nodes comes from the caller.
 */
final class KenesCluster implements AutoCloseable {
  static final String DB = "kenes_it_cluster";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path root = Path.of(System.getProperty("kenes.repo.root"));
  private final Path data = Path.of(System.getProperty("kenes.it.dir"), "cluster");
  private final int base = Integer.getInteger("kenes.it.cluster.port.base", 38080);

  KenesCluster start(Map<String, String> env) throws IOException, InterruptedException {
    Files.createDirectories(data);
    Runtime.getRuntime().addShutdownHook(new java.lang.Thread(this::close));
    ProcessBuilder script =
        new ProcessBuilder(
                root.resolve("deploy/cluster").toString(),
                "--detach",
                "--fresh",
                "--port-base",
                String.valueOf(base))
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("cluster-script.log").toFile());
    script.environment().put("KENES_DATA_DIR", data.toString());
    script.environment().put("KENES_CLUSTER_DB", DB);
    script.environment().putAll(env);
    Process process = script.start();
    if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "deploy/cluster did not start; see " + data.resolve("cluster-script.log"));
    }
    return this;
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
    return Long.parseLong(Files.readString(data.resolve("run/node" + n + ".pid")).strip());
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
    return DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + DB, "kenes", "kenes");
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
