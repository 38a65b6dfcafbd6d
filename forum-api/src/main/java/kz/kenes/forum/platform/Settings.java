package kz.kenes.forum.platform;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one reader of the settings: the value of a {@link Setting} from MicroProfile Config (in
 * WildFly its environment-variable source, so every setting is still an environment variable), or
 * its default. Outside a container, where no Config implementation is deployed (unit tests, tools),
 * it reads the process environment directly: the one place that may.
 */
public final class Settings {
  private Settings() {}

  /** The value of {@code setting}, or its default when unset or blank; empty when neither. */
  public static Optional<String> get(Setting setting) {
    return raw(setting.name())
        .filter(value -> !value.isBlank())
        .or(() -> Optional.ofNullable(setting.defaultValue()));
  }

  /** The value of {@code setting} or its default; null when neither. */
  public static String value(Setting setting) {
    return get(setting).orElse(null);
  }

  /** Whether {@code setting} is {@code true} (its default when unset). */
  public static boolean flag(Setting setting) {
    return Boolean.parseBoolean(get(setting).orElse("false").strip());
  }

  /**
   * The value of the setting named {@code name}, or its default, or null: for parsers that take a
   * lookup by variable name. An unknown name is a programming error (add it to {@link Setting}).
   */
  public static String byName(String name) {
    return value(Setting.valueOf(name));
  }

  private static Optional<String> raw(String name) {
    Config config = config();
    if (config == null) {
      return Optional.ofNullable(System.getenv(name));
    }
    return config.getOptionalValue(name, String.class);
  }

  /** The deployment's Config; null where no implementation is deployed. */
  private static Config config() {
    try {
      return ConfigProvider.getConfig();
    } catch (IllegalStateException | java.util.ServiceConfigurationError noImplementation) {
      return null;
    }
  }
}
