package kz.kenes.forum.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {
  record Appeal(String fullName, Boolean publishAnswer, Long version, List<String> evidence) {}

  private static Object parse(String json) {
    return JsonBodyReader.parse(json.getBytes(StandardCharsets.UTF_8), Appeal.class);
  }

  private static List<FieldError> errorsOf(String json) {
    try {
      parse(json);
    } catch (DomainException.InvalidInput e) {
      return e.errors();
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void aStringIsNotABoolean() {
    assertThat(errorsOf("{\"publishAnswer\": \"maybe\"}"))
        .containsExactly(new FieldError("publishAnswer", "validation.type"));
    assertThat(errorsOf("{\"publishAnswer\": \"true\"}"))
        .containsExactly(new FieldError("publishAnswer", "validation.type"));
    assertThat(errorsOf("{\"publishAnswer\": 1}"))
        .containsExactly(new FieldError("publishAnswer", "validation.type"));
  }

  @Test
  void everyWrongFieldIsNamed() {
    assertThat(
            errorsOf(
                "{\"fullName\": 5, \"version\": \"7\", \"evidence\": [\"a\", {}],"
                    + " \"publishAnswer\": true}"))
        .containsExactlyInAnyOrder(
            new FieldError("fullName", "validation.type"),
            new FieldError("version", "validation.type"),
            new FieldError("evidence[1]", "validation.type"));
    assertThat(errorsOf("{\"version\": 1.5}"))
        .containsExactly(new FieldError("version", "validation.type"));
    assertThat(errorsOf("{\"evidence\": \"a\"}"))
        .containsExactly(new FieldError("evidence", "validation.type"));
  }

  @Test
  void noNulReachesAField() {
    var read =
        jakarta.json.Json.createReader(
                new java.io.StringReader(
                    "{\"fullName\": \"A\\u0000B\", \"evidence\": [\"x\\u0000\"], \"n\": 1}"))
            .readValue();
    assertThat(JsonBodyReader.withoutNul(read).toString())
        .isEqualTo("{\"fullName\":\"AB\",\"evidence\":[\"x\"],\"n\":1}");
  }

  @Test
  void inputNestedTooDeeplyIsMalformedNotAFailure() {
    String deep = "{\"evidence\": " + "[".repeat(2000) + "]".repeat(2000) + "}";
    assertThatThrownBy(() -> parse(deep)).isInstanceOf(JsonbException.class);
  }

  @Test
  void nothingMayFollowTheObject() {
    assertThatThrownBy(() -> parse("{\"fullName\": \"A\"} garbage"))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> parse("{\"fullName\": \"A\"}{}")).isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> parse("[]")).isInstanceOf(JsonbException.class);
    assertThatThrownBy(() -> parse("{\"fullName\": \"A\"")).isInstanceOf(JsonbException.class);
  }

  @Test
  void onlyUtf8() {
    assertThatThrownBy(
            () ->
                JsonBodyReader.parse(
                    new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}, Appeal.class))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void onlyJsonMediaTypes() {
    assertThat(JsonBodyReader.isJson(MediaType.APPLICATION_JSON_TYPE)).isTrue();
    assertThat(JsonBodyReader.isJson(new MediaType("application", "merge-patch+json"))).isTrue();
    assertThat(JsonBodyReader.isJson(new MediaType("application", "json", "UTF-8"))).isTrue();
    assertThat(JsonBodyReader.isJson(MediaType.WILDCARD_TYPE)).isFalse();
    assertThat(JsonBodyReader.isJson(MediaType.TEXT_PLAIN_TYPE)).isFalse();
    assertThat(JsonBodyReader.isJson(new MediaType("text", "json"))).isFalse();
    assertThat(JsonBodyReader.isJson(null)).isFalse();
  }

  @Test
  void aBodyIsReadOnlyUpToTheLimit() throws Exception {
    byte[] atLimit = new byte[BodyLimit.MAX_BYTES];
    assertThat(BodyLimit.read(new ByteArrayInputStream(atLimit))).hasSize(BodyLimit.MAX_BYTES);
    assertThatThrownBy(
            () -> BodyLimit.read(new ByteArrayInputStream(new byte[BodyLimit.MAX_BYTES + 1])))
        .isInstanceOf(DomainException.TooLarge.class)
        .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(413));
  }
}
