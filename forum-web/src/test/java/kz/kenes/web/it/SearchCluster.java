package kz.kenes.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processes of the two-node search test, started by the test itself and stopped when it ends
 * (and by a shutdown hook if the JVM ends first): one OpenSearch (the integ-test distribution that
 * the build unpacked, with the Kenes analysis plugin installed) and WildFly nodes, each a copy of
 * the provisioned server's base directory with kenes.war, all on one PostgreSQL database.
 *
 * <p>OpenSearch refuses to run as root: as root it runs as the unprivileged system user {@value
 * #SEARCH_USER}, created if missing.
 */
final class SearchCluster implements AutoCloseable {
  static final String SEARCH_USER = "kenes-search";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path dir;
  private final int searchPort = Integer.getInteger("kenes.it.opensearch.port", 29200);
  private final List<Process> processes = new ArrayList<>();
  private Process openSearch;

  SearchCluster() {
    this("two-nodes");
  }

  /** A cluster whose files live in {@code kenes.it.dir/name}. */
  SearchCluster(String name) {
    this.dir = Path.of(System.getProperty("kenes.it.dir"), name);
    Runtime.getRuntime().addShutdownHook(new java.lang.Thread(this::close));
  }

  String searchUrl() {
    return "http://localhost:" + searchPort;
  }

  /** Starts OpenSearch on a fresh data directory with the plugin installed; waits for it. */
  void startOpenSearch() throws IOException, InterruptedException {
    Path home = dir.resolve("opensearch");
    deleteTree(home);
    copyTree(Path.of(System.getProperty("kenes.opensearch.home")), home);
    Map<String, String> env = Map.of("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    run(
        env,
        home.resolve("bin/opensearch-plugin").toString(),
        "install",
        "--batch",
        Path.of(System.getProperty("kenes.opensearch.plugin")).toUri().toString());
    Files.deleteIfExists(dir.resolve("opensearch.log"));
    launchOpenSearch();
  }

  /**
   * Stops OpenSearch (SIGTERM to it and its children, as an operator's stop) and waits until it is
   * gone; its data directory stays.
   */
  void stopOpenSearch() throws InterruptedException {
    Process process = openSearch;
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    processes.remove(process);
    openSearch = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (status(searchUrl()) != -1 && System.nanoTime() < deadline) {
      java.lang.Thread.sleep(200);
    }
  }

  /** Starts the stopped OpenSearch again on the same data; waits for it. */
  void restartOpenSearch() throws IOException, InterruptedException {
    launchOpenSearch();
  }

  private void launchOpenSearch() throws IOException, InterruptedException {
    Path home = dir.resolve("opensearch");
    Map<String, String> env = Map.of("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      if (run(Map.of(), "id", "-u", SEARCH_USER) != 0) {
        run(Map.of(), "useradd", "--system", "--no-create-home", SEARCH_USER);
      }
      if (run(Map.of(), "chown", "-R", SEARCH_USER, home.toString()) != 0) {
        throw new IllegalStateException("cannot hand " + home + " to " + SEARCH_USER);
      }
      command.addAll(List.of("runuser", "-u", SEARCH_USER, "--"));
    }
    command.addAll(
        List.of(
            home.resolve("bin/opensearch").toString(),
            "-Ediscovery.type=single-node",
            "-Ecluster.name=kenes-it",
            "-Ehttp.port=" + searchPort,
            "-Etransport.port=" + (searchPort + 100),
            "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dir.resolve("opensearch.log").toFile()));
    builder.environment().putAll(env);
    builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
    Process process = builder.start();
    processes.add(process);
    openSearch = process;
    await(
        "OpenSearch on port " + searchPort,
        process,
        () -> status(searchUrl()) == 200,
        Duration.ofMinutes(2),
        dir.resolve("opensearch.log"));
  }

  /**
   * Empties the nodes' PostgreSQL database (its owner may drop and recreate the public schema), so
   * that each run starts as a first start: no schema, no index version, no outbox.
   */
  static void resetDatabase(String url, String user, String password) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("drop schema public cascade");
      s.execute("create schema public");
    }
  }

  /** Copies the server and kenes.war for a node and starts it (does not wait). */
  Node startNode(String name, int portOffset, Map<String, String> env) throws IOException {
    Path base = dir.resolve(name);
    deleteTree(base);
    Path server = Path.of(System.getProperty("kenes.server.home"));
    copyTree(server.resolve("standalone"), base);
    for (String stale : List.of("data", "log", "tmp", "configuration/standalone_xml_history")) {
      deleteTree(base.resolve(stale));
    }
    Files.createDirectories(base.resolve("deployments"));
    Files.copy(
        Path.of(System.getProperty("kenes.war")),
        base.resolve("deployments/kenes.war"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(dir.resolve(name + ".log"));
    return launch(name, base, portOffset, env);
  }

  /**
   * Kills the node as a power cut would: SIGKILL to its JVM (and the script that started it), no
   * shutdown hook, no clean-up; waits until it is gone.
   */
  void kill(Node node) throws InterruptedException {
    node.process().descendants().forEach(ProcessHandle::destroyForcibly);
    node.process().destroyForcibly();
    node.process().waitFor(30, TimeUnit.SECONDS);
    processes.remove(node.process());
  }

  /** Starts a killed or stopped node again on its own files (does not wait). */
  Node restart(Node node, int portOffset, Map<String, String> env) throws IOException {
    Files.deleteIfExists(node.base().resolve("deployments/kenes.war.deployed"));
    Files.deleteIfExists(node.base().resolve("deployments/kenes.war.failed"));
    return launch(node.name(), node.base(), portOffset, env);
  }

  private Node launch(String name, Path base, int portOffset, Map<String, String> env)
      throws IOException {
    Path server = Path.of(System.getProperty("kenes.server.home"));
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.node.name=" + name,
                // unique per node, as WildFly asks of servers that share resources
                "-Djboss.tx.node.id=" + name)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx768m");
    builder.environment().put("KENES_DATA_DIR", base.resolve("kenes").toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    processes.add(process);
    return new Node(name, process, base, log, "http://localhost:" + (8080 + portOffset) + "/");
  }

  /** A started WildFly node. */
  record Node(String name, Process process, Path base, Path log, String url) {
    /** Waits until kenes.war is deployed (the deployment scanner's marker). */
    void awaitDeployed() throws InterruptedException {
      Path deployed = base.resolve("deployments/kenes.war.deployed");
      Path failed = base.resolve("deployments/kenes.war.failed");
      await(
          name + " deploying kenes.war",
          process,
          () -> {
            if (Files.exists(failed)) {
              throw new IllegalStateException(name + " failed to deploy kenes.war; see " + log);
            }
            return Files.exists(deployed);
          },
          Duration.ofMinutes(4),
          log);
    }

    /** Whether this node wrote a local Lucene index (it must not, with OpenSearch). */
    boolean hasLocalIndex() {
      return Files.exists(base.resolve("kenes/index"));
    }
  }

  @Override
  public synchronized void close() {
    for (Process process : processes) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }
    for (Process process : processes) {
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        java.lang.Thread.currentThread().interrupt();
      }
    }
    processes.clear();
  }

  static int status(String url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      return -1;
    }
  }

  static String get(String url) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private interface Check {
    boolean ok() throws Exception;
  }

  private static void await(String what, Process process, Check check, Duration limit, Path log)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        if (check.ok()) {
          return;
        }
      } catch (IllegalStateException e) {
        throw e;
      } catch (Exception e) {
        // not yet
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(what + ": the process ended; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + ": not ready after " + limit + "; see " + log);
      }
      java.lang.Thread.sleep(500);
    }
  }

  private int run(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("setup.log").toFile()));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish");
    }
    return process.exitValue();
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(
              file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
