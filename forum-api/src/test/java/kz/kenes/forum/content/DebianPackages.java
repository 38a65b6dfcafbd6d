package kz.kenes.forum.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files that Debian packages ship, for tests that read them (XSS corpora). The packages are
 * installed with apt-get when absent (as root, or with password-less sudo), like the browser tests
 * install Chromium; nothing else is downloaded.
 */
final class DebianPackages {
  /** The packages whose corpora the tests read; installed together. */
  static final List<String> CORPUS_PACKAGES = List.of("wfuzz", "wapiti");

  private static boolean installTried;

  private DebianPackages() {}

  /**
   * The file of {@code pkg} at {@code usual}, or else the one of its files that {@code dpkg -L}
   * lists and {@code pathPattern} matches; installs {@link #CORPUS_PACKAGES} once if neither is
   * there.
   */
  static synchronized Path file(String pkg, Path usual, Pattern pathPattern) {
    Optional<Path> found = find(pkg, usual, pathPattern);
    if (found.isPresent()) {
      return found.get();
    }
    if (!installTried) {
      installTried = true;
      install(CORPUS_PACKAGES);
    }
    return find(pkg, usual, pathPattern)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The XSS corpus tests need Debian's "
                        + pkg
                        + " package (file "
                        + usual
                        + "), which could not be installed: run as root or with password-less"
                        + " sudo 'apt-get install -y "
                        + String.join(" ", CORPUS_PACKAGES)
                        + "'"));
  }

  private static Optional<Path> find(String pkg, Path usual, Pattern pathPattern) {
    if (Files.isReadable(usual)) {
      return Optional.of(usual);
    }
    return listed(pkg).stream()
        .filter(line -> pathPattern.matcher(line).matches())
        .map(Path::of)
        .filter(Files::isReadable)
        .findFirst();
  }

  /** The files that dpkg says {@code pkg} installed; none when it is not installed. */
  private static List<String> listed(String pkg) {
    try {
      Process process =
          new ProcessBuilder("dpkg", "-L", pkg)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.waitFor() == 0 ? out.lines().toList() : List.of();
    } catch (IOException e) {
      return List.of(); // no dpkg here
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void install(List<String> packages) {
    boolean root = "root".equals(System.getProperty("user.name"));
    List<String> prefix = root ? List.of() : List.of("sudo", "-n");
    run(prefix, List.of("apt-get", "update", "-qq"));
    List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-qq"));
    install.addAll(packages);
    run(prefix, install);
  }

  private static void run(List<String> prefix, List<String> command) {
    List<String> full = new ArrayList<>(prefix);
    full.addAll(List.of("env", "DEBIAN_FRONTEND=noninteractive"));
    full.addAll(command);
    try {
      Process process = new ProcessBuilder(full).inheritIO().start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(
            String.join(" ", full)
                + " failed; install "
                + String.join(" ", CORPUS_PACKAGES)
                + " by hand (apt-get, as root)");
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot run "
              + String.join(" ", full)
              + "; install "
              + String.join(" ", CORPUS_PACKAGES)
              + " by hand (apt-get, as root)",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
