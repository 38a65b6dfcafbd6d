package kz.kenes.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly of its own for tests that must crash or restart the server: a copy of the provisioned
 * server's base directory with kenes.war, started with standalone.sh as deploy/run starts it, with
 * its own data folder and port offset. The environment of the test JVM (failsafe's: the database
 * settings of the profile, the abuse limits) is inherited; {@code env} overrides it.
 */
final class ServerProcess implements AutoCloseable {
  private final Path base;
  private final Path log;
  private final String name;
  private final int portOffset;
  private final Map<String, String> env;
  private Process process;

  /** A server in {@code kenes.it.dir/name}, its ports shifted by {@code portOffset}. */
  ServerProcess(String name, int portOffset, Map<String, String> env) {
    Path dir = Path.of(System.getProperty("kenes.it.dir"), name);
    this.base = dir.resolve("wildfly");
    this.log = dir.resolve("wildfly.log");
    this.name = name;
    this.portOffset = portOffset;
    this.env = env;
    deleteTree(dir);
    Path server = Path.of(System.getProperty("kenes.server.home"));
    try {
      copyTree(server.resolve("standalone"), base);
      for (String stale : List.of("data", "log", "tmp", "configuration/standalone_xml_history")) {
        deleteTree(base.resolve(stale));
      }
      Files.createDirectories(base.resolve("deployments"));
      Files.copy(
          Path.of(System.getProperty("kenes.war")),
          base.resolve("deployments/kenes.war"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new java.lang.Thread(this::close));
  }

  /** Where Kenes answers. */
  URL url() {
    try {
      return URI.create("http://localhost:" + (8080 + portOffset) + "/").toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The data folder (KENES_DATA_DIR): the H2 database and the search index. */
  Path dataDir() {
    return base.resolve("kenes");
  }

  /** Starts the server on the data it has and waits until kenes.war is deployed. */
  synchronized void start() throws IOException, InterruptedException {
    for (String marker : List.of(".deployed", ".failed", ".isdeploying", ".pending")) {
      Files.deleteIfExists(base.resolve("deployments/kenes.war" + marker));
    }
    Path server = Path.of(System.getProperty("kenes.server.home"));
    ProcessBuilder builder =
        new ProcessBuilder(
                server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                // servers on one database form one WildFly cluster (ADR 0009): distinct names
                "-Djboss.node.name=" + name)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx512m");
    builder.environment().put("KENES_DATA_DIR", dataDir().toString());
    builder.environment().put("KENES_MAIL_ENABLED", "false");
    builder.environment().put("KENES_PUBLIC_URL", url().toString());
    builder.environment().putAll(env);
    process = builder.start();
    Path deployed = base.resolve("deployments/kenes.war.deployed");
    Path failed = base.resolve("deployments/kenes.war.failed");
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (!Files.exists(deployed)) {
      if (Files.exists(failed) || !process.isAlive()) {
        throw new IllegalStateException("kenes.war did not deploy; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("kenes.war not deployed after 4 minutes; see " + log);
      }
      java.lang.Thread.sleep(500);
    }
  }

  /**
   * Kills the server's JVM with SIGKILL (not the start script, which would only stop the JVM
   * politely): no shutdown hook, no flush, as in a crash. Returns once the JVM is gone.
   */
  synchronized void kill() throws InterruptedException {
    ProcessHandle jvm =
        process
            .descendants()
            .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no java process under standalone.sh"));
    jvm.destroyForcibly();
    jvm.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    process.waitFor(30, TimeUnit.SECONDS);
    process.destroyForcibly();
  }

  @Override
  public synchronized void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
    }
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
