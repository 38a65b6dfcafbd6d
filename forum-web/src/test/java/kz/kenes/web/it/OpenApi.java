package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The operations the server documents at /openapi, as the tests that cover every one read them. */
final class OpenApi {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private OpenApi() {}

  /** "METHOD /path" of every operation under /api/v1 in the server's OpenAPI document. */
  static Set<String> operations(Http http) {
    HttpResponse<String> document =
        http.send(http.request("/openapi").header("Accept", "application/json").GET().build());
    assertThat(document.statusCode()).isEqualTo(200);
    Set<String> operations = new TreeSet<>();
    JsonObject paths = Json.parse(document.body()).getJsonObject("paths");
    for (var path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/v1/") && !path.getKey().equals("/api/v1")) {
        continue;
      }
      for (String method : path.getValue().asJsonObject().keySet()) {
        if (METHODS.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    assertThat(operations).as("operations in /openapi").isNotEmpty();
    return operations;
  }
}
