package kz.kenes.moderation.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;
import kz.kenes.moderation.ModerationLog;

/**
 * The keys of personal data at rest. {@code KENES_DATA_KEY} (base64 of 32 random bytes) writes;
 * {@code KENES_DATA_KEYS_OLD} (comma-separated, same form) only read, for rotation. Without {@code
 * KENES_DATA_KEY} a key is generated once into {@code keys/data.key} under {@code KENES_DATA_DIR}
 * (owner-only), so the embedded default works with nothing set, and a warning is logged; when
 * {@code KENES_DATA_KEY} is set later, that file's key stays readable. Read once, on first use.
 */
public final class DataKeys {
  public static final String ENV_KEY = "KENES_DATA_KEY";
  public static final String ENV_OLD_KEYS = "KENES_DATA_KEYS_OLD";

  private static volatile DataCipher cipher;

  private DataKeys() {}

  /** The cipher of this installation. */
  public static DataCipher cipher() {
    DataCipher c = cipher;
    if (c == null) {
      synchronized (DataKeys.class) {
        c = cipher;
        if (c == null) {
          c = load(Settings::byName, dataDir());
          cipher = c;
        }
      }
    }
    return c;
  }

  private static Path dataDir() {
    String dir = Settings.value(Setting.KENES_DATA_DIR);
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir);
    }
    return Path.of(System.getProperty("jboss.server.data.dir", "."), "kenes");
  }

  /** The cipher from {@code env} and the key file under {@code dataDir}. */
  static DataCipher load(Function<String, String> env, Path dataDir) {
    Path file = dataDir.resolve("keys").resolve("data.key");
    List<byte[]> old = new ArrayList<>();
    String oldKeys = env.apply(ENV_OLD_KEYS);
    if (oldKeys != null) {
      for (String k : oldKeys.split(",")) {
        if (!k.isBlank()) {
          old.add(decode(ENV_OLD_KEYS, k));
        }
      }
    }
    String current = env.apply(ENV_KEY);
    if (current != null && !current.isBlank()) {
      if (Files.exists(file)) {
        old.add(decode(file.toString(), read(file)));
      }
      return new DataCipher(decode(ENV_KEY, current), old);
    }
    ModerationLog.LOG.generatedDataKey(ENV_KEY, file);
    return new DataCipher(decode(file.toString(), fileKey(file)), old);
  }

  private static String fileKey(Path file) {
    if (!Files.exists(file)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      try {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "data", ".key");
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // the folder's own permissions protect it
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        try {
          Files.move(tmp, file);
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
          Files.delete(tmp);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the data key file could not be written: " + file, e);
      }
    }
    return read(file);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("the data key file could not be read: " + file, e);
    }
  }

  private static byte[] decode(String source, String base64) {
    try {
      byte[] key = Base64.getDecoder().decode(base64.strip());
      if (key.length != 32) {
        throw new IllegalArgumentException(source + ": a data key is 32 bytes in base64");
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": a data key is 32 bytes in base64", e);
    }
  }
}
