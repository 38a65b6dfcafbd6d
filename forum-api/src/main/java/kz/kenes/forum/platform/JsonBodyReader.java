package kz.kenes.forum.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every JSON request body of the API (request records), strictly: only {@code
 * application/json} and {@code application/*+json} (415 otherwise), at most {@link
 * BodyLimit#MAX_BYTES} (413), UTF-8, exactly one JSON object and nothing after it (400
 * "malformed"), and each field of the JSON type its record component has, so that {@code "maybe"}
 * is not a boolean and {@code "5"} is not a number (400 naming the field, code {@code
 * validation.type}).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.WILDCARD})
public class JsonBodyReader implements MessageBodyReader<Record> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    byte[] bytes = BodyLimit.read(body);
    if (bytes.length == 0) {
      return null;
    }
    if (!isJson(mediaType)) {
      throw new NotSupportedException();
    }
    return type.cast(parse(bytes, type));
  }

  /** Whether a body of this type is JSON ({@code application/json} or {@code …+json}). */
  public static boolean isJson(MediaType mediaType) {
    return mediaType != null
        && "application".equalsIgnoreCase(mediaType.getType())
        && ("json".equalsIgnoreCase(mediaType.getSubtype())
            || mediaType.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
  }

  /** The record of {@code type} that {@code bytes} (UTF-8 JSON) describes, checked strictly. */
  static Object parse(byte[] bytes, Class<?> type) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw malformed();
    }
    JsonValue value;
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw malformed();
      }
      value = parser.getObject();
      if (parser.hasNext()) {
        throw malformed(); // something other than white space after the object
      }
    } catch (RuntimeException e) {
      // JsonException, or Parsson's plain RuntimeException for input nested over 1,000 deep
      throw malformed();
    }
    List<FieldError> errors = new ArrayList<>();
    check("", value, type, errors);
    if (!errors.isEmpty()) {
      throw new DomainException.InvalidInput(errors);
    }
    if (text.contains("\\u0000")) {
      // PostgreSQL stores no NUL in text; Text drops it from the fields it checks, this from all
      text = withoutNul(value).toString();
    }
    return JsonbProvider.JSONB.fromJson(text, type);
  }

  /** {@code value} with every NUL dropped from its strings. */
  static JsonValue withoutNul(JsonValue value) {
    switch (value.getValueType()) {
      case STRING:
        String text = ((jakarta.json.JsonString) value).getString();
        return text.indexOf('\0') < 0 ? value : Json.createValue(text.replace("\0", ""));
      case OBJECT:
        var object = Json.createObjectBuilder();
        value.asJsonObject().forEach((name, member) -> object.add(name, withoutNul(member)));
        return object.build();
      case ARRAY:
        var array = Json.createArrayBuilder();
        value.asJsonArray().forEach(item -> array.add(withoutNul(item)));
        return array.build();
      default:
        return value;
    }
  }

  private static void check(String field, JsonValue value, Type type, List<FieldError> errors) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return; // a missing value; the use case decides whether it is required
    }
    Class<?> raw = raw(type);
    boolean fits;
    if (raw == String.class || raw.isEnum()) {
      fits = value.getValueType() == JsonValue.ValueType.STRING;
    } else if (raw == Boolean.class || raw == boolean.class) {
      fits = value == JsonValue.TRUE || value == JsonValue.FALSE;
    } else if (raw == Long.class
        || raw == long.class
        || raw == Integer.class
        || raw == int.class
        || raw == Short.class
        || raw == short.class) {
      fits = value instanceof JsonNumber n && isIntegral(n.bigDecimalValue());
    } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
      fits = value instanceof JsonNumber;
    } else if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType list) {
      fits = value instanceof JsonArray;
      if (fits) {
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
          check(field + "[" + i + "]", array.get(i), list.getActualTypeArguments()[0], errors);
        }
      }
    } else if (raw.isRecord()) {
      fits = value instanceof JsonObject;
      if (fits) {
        JsonObject object = value.asJsonObject();
        for (RecordComponent component : raw.getRecordComponents()) {
          JsonValue member = object.get(component.getName());
          if (member != null) {
            String name = field.isEmpty() ? component.getName() : field + "." + component.getName();
            check(name, member, component.getGenericType(), errors);
          }
        }
      }
    } else {
      fits = true; // other types are left to JSON-B
    }
    if (!fits) {
      errors.add(new FieldError(field, "validation.type"));
    }
  }

  /** A 400 "malformed" through {@link ProblemMapper}. */
  private static JsonbException malformed() {
    return new JsonbException("malformed JSON body");
  }

  private static boolean isIntegral(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }
}
