package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No input, header or method ends in a 5xx: every operation of the OpenAPI document, with hostile
 * path values, queries, bodies and headers, as a visitor, a resident and an admin, and the main
 * pages with hostile values. Every request comes from a forwarded address of its own (the IT server
 * trusts the loopback proxy), so the sweep uses no other test's allowance; path values are never
 * real ids, and writes to operations without a path value are sent only by a visitor, so nothing
 * the other tests read is changed.
 */
@KenesIT
class HostileInputIT {
  private static final List<String> PATH_VALUES =
      List.of("-1", "99999999999999999999", "abc%00", "%E2%80%AE", "..%2F..%2Fetc", "1e3");
  private static final String QUERY =
      "?page=x&limit=-5&after=abc&q=%00%E2%80%AE&month=2026-13&year=x&body=%00&status=x&type=x";
  private static final List<String> BODIES =
      List.of(
          "{",
          "[]",
          "null",
          "\"text\"",
          "{} trailing",
          "{\"body\": 1, \"title\": [], \"type\": {}, \"version\": \"x\", \"publishAnswer\": \"maybe\"}",
          "{\"title\": \"\\u0000\\u202e x\", \"body\": \"\\u0000\", \"reason\": \""
              + "ә".repeat(3000)
              + "\"}",
          "{\"reason\": \"x\\u0000\", \"note\": \"\\u0000\", \"executor\": \"\\u0000\","
              + " \"claim\": \"\\u0000\", \"fullName\": \"\\u0000\", \"address\": \"\\u0000\"}",
          "{\"evidence\": " + "[".repeat(1500) + "]".repeat(1500) + "}",
          "{\"until\": \"2026-02-30\", \"executor\": \"\", \"iin\": \"1\", \"limit\": 1e400}");
  private static final List<Map<String, String>> HEADERS =
      List.of(
          Map.of("Accept", "application/json;q=x"),
          Map.of("Accept", "*/*;q=0"),
          Map.of("Accept-Language", "xx-;q=x,,;*-*"),
          Map.of("Content-Type", "*/*"),
          Map.of("Content-Type", "application/json; charset=unknown-9"));
  private static final List<String> PAGES =
      List.of(
          "/",
          "/bodies/x%00",
          "/threads/abc",
          "/threads/99999999999999999999",
          "/posts/-1/revisions",
          "/search?q=%00&page=-1",
          "/signin?next=%09%00",
          "/signin?next=//elsewhere.example",
          "/appeals/abc",
          "/moderation?page=x&status=x",
          "/notifications?unread=maybe",
          "/claims/new/none",
          "/static/..%2F..%2Fetc%2Fpasswd");

  Kenes kenes;
  Http http;

  @Test
  void noHostileRequestEndsInAServerError() {
    Map<String, String> callers =
        Map.of(
            "anonymous",
            "",
            "resident",
            kenes.tokenFor("resident3"),
            "admin",
            kenes.tokenFor("admin"));
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (String operation : OpenApi.operations(http)) {
      String method = operation.substring(0, operation.indexOf(' '));
      String template = operation.substring(operation.indexOf(' ') + 1);
      boolean hasValue = template.contains("{");
      for (String value : hasValue ? PATH_VALUES : List.of("")) {
        String path = template.replaceAll("\\{[^}]+}", value).substring(1);
        for (var caller : callers.entrySet()) {
          boolean writes = !method.equals("GET");
          if (writes && !hasValue && !caller.getKey().equals("anonymous")) {
            continue;
          }
          List<HttpRequest.Builder> requests = new ArrayList<>();
          if (writes) {
            for (String body : BODIES) {
              requests.add(
                  http.request(path)
                      .header("Content-Type", "application/json")
                      .method(method, HttpRequest.BodyPublishers.ofString(body)));
            }
          } else {
            requests.add(http.request(path + QUERY).GET());
          }
          for (Map<String, String> headers : HEADERS) {
            HttpRequest.Builder request =
                http.request(path + (writes ? "" : QUERY))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}"));
            headers.forEach(request::setHeader);
            requests.add(request);
          }
          for (HttpRequest.Builder request : requests) {
            request.setHeader("X-Forwarded-For", "203.0.113." + (1 + sent % 250));
            if (!caller.getValue().isEmpty()) {
              request.setHeader("Authorization", "Bearer " + caller.getValue());
            }
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built);
            sent++;
            if (response.statusCode() >= 500) {
              failures.add(
                  caller.getKey()
                      + " "
                      + built.method()
                      + " "
                      + built.uri()
                      + " "
                      + built.headers().map()
                      + " -> "
                      + response.statusCode());
            }
          }
        }
      }
    }
    for (String page : PAGES) {
      for (Map<String, String> headers : HEADERS) {
        HttpRequest.Builder request = http.request(page.substring(1)).GET();
        headers.forEach(request::setHeader);
        request.setHeader("X-Forwarded-For", "203.0.113.251");
        HttpResponse<String> response = http.send(request.build());
        sent++;
        if (response.statusCode() >= 500) {
          failures.add("anonymous GET " + page + " " + headers + " -> " + response.statusCode());
        }
      }
      HttpResponse<String> post =
          http.send(
              http.request(page.substring(1))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("X-Forwarded-For", "203.0.113.252")
                  .POST(HttpRequest.BodyPublishers.ofString("a=%00&_csrf=x"))
                  .build());
      sent++;
      if (post.statusCode() >= 500) {
        failures.add("anonymous POST " + page + " -> " + post.statusCode());
      }
    }
    System.out.printf("hostile input: %d requests, %d answered 5xx%n", sent, failures.size());
    assertThat(failures).as("requests answered with a server error").isEmpty();
  }
}
