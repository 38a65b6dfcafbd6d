package kz.kenes.web.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/** Parses response bodies with Jakarta JSON-P (Parsson). */
public final class Json {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Json() {}

  public static JsonObject parse(String text) {
    return (JsonObject) structure(text);
  }

  public static JsonStructure structure(String text) {
    try (var reader = PROVIDER.createReader(new StringReader(text))) {
      return reader.read();
    }
  }
}
