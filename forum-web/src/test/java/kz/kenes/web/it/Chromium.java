package kz.kenes.web.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver for browser tests. Installed with apt-get when absent (as
 * root, or with password-less sudo); no tool downloads a browser of its own.
 */
public final class Chromium {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  public static synchronized void ensureInstalled() {
    if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
      return;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    List<String> prefix = root ? List.of() : List.of("sudo", "-n");
    run(prefix, "apt-get", "update", "-qq");
    run(prefix, "apt-get", "install", "-y", "-qq", "chromium", "chromium-driver");
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException(
          "Chromium is needed for the browser tests: apt-get install chromium chromium-driver");
    }
  }

  /** A headless Chromium with a fresh profile and no calls home. */
  public static ChromeDriver start(Path profile) {
    return start(profile, true);
  }

  /** As {@link #start(Path)}, with JavaScript switched off when {@code javascript} is false. */
  public static ChromeDriver start(Path profile, boolean javascript) {
    ensureInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=412,915",
        "--user-data-dir=" + profile.toAbsolutePath());
    if (!javascript) {
      options.addArguments("--blink-settings=scriptEnabled=false");
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static void run(List<String> prefix, String... command) {
    List<String> full = new java.util.ArrayList<>(prefix);
    full.addAll(List.of(command));
    try {
      Process process = new ProcessBuilder(full).inheritIO().start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(
            String.join(" ", full) + " failed; install chromium and chromium-driver by hand");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + String.join(" ", full), e);
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
