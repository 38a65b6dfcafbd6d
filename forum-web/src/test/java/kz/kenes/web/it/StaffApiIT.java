package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admins manage which bodies officials and moderators serve; nobody else may. */
@KenesIT
class StaffApiIT {
  Kenes kenes;
  Http http;

  @Test
  void adminsSeeTheAssignmentsAndOthersDoNot() {
    HttpResponse<String> asAdmin = http.get("api/v1/staff", kenes.tokenFor("admin"));
    assertThat(asAdmin.statusCode()).isEqualTo(200);
    List<JsonObject> staff =
        Json.structure(asAdmin.body()).asJsonArray().getValuesAs(JsonObject.class);
    assertThat(staff)
        .anySatisfy(
            s -> {
              assertThat(s.getString("username")).isEqualTo("official");
              assertThat(s.getString("role")).isEqualTo("OFFICIAL");
              assertThat(s.getString("body")).isEqualTo("aktogay-district-akimat");
            });

    assertProblem(http.get("api/v1/staff", kenes.tokenFor("resident")), 403);
    assertProblem(http.get("api/v1/staff"), 401);
  }

  @Test
  void anAdminAssignsAndRemovesAnOfficialWhoThenMayAnnounce() {
    String admin = kenes.tokenFor("admin");
    String path = "api/v1/bodies/karaoba-rural-district/staff/OFFICIAL/official";
    String announcement =
        ApiIT.threadJson("ANNOUNCEMENT", "Маслихат сессиясы", "Сессия бейсенбіде өтеді.", "OTHER");
    assertProblem(
        http.postJson(
            "api/v1/bodies/aktogay-district-maslikhat/threads",
            announcement,
            kenes.tokenFor("official")),
        403);

    assertThat(
            put(
                    "api/v1/bodies/aktogay-district-maslikhat/staff/OFFICIAL/official",
                    admin,
                    "{\"position\":\"Хатшы\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            put(
                    "api/v1/bodies/aktogay-district-maslikhat/staff/OFFICIAL/official",
                    admin,
                    "{\"position\":\"Хатшы\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http.postJson(
                    "api/v1/bodies/aktogay-district-maslikhat/threads",
                    announcement,
                    kenes.tokenFor("official"))
                .statusCode())
        .isEqualTo(201);

    assertThat(
            delete("api/v1/bodies/aktogay-district-maslikhat/staff/OFFICIAL/official", admin)
                .statusCode())
        .isEqualTo(204);
    assertProblem(
        delete("api/v1/bodies/aktogay-district-maslikhat/staff/OFFICIAL/official", admin), 404);
    assertProblem(
        http.postJson(
            "api/v1/bodies/aktogay-district-maslikhat/threads",
            announcement,
            kenes.tokenFor("official")),
        403);
    assertProblem(delete(path, admin), 404);
  }

  @Test
  void anAdminCreatesABodyUnderAnotherAndOthersCannot() {
    String slug =
        "test-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-rural-district";
    String json =
        "{\"slug\":\""
            + slug
            + "\",\"name\":{\"kk\":\"Сынақ ауылдық округі\",\"ru\":\"Тестовый сельский округ\","
            + "\"en\":\"Test Rural District\"},\"kind\":\"EXECUTIVE\",\"level\":\"RURAL_DISTRICT\","
            + "\"parent\":\"aktogay-district-akimat\"}";
    ApiIT.assertProblem(http.postJson("api/v1/bodies", json, null), 401);
    ApiIT.assertProblem(http.postJson("api/v1/bodies", json, kenes.tokenFor("resident")), 403);
    HttpResponse<String> created = http.postJson("api/v1/bodies", json, kenes.tokenFor("admin"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(slug));
    assertThat(http.get("api/v1/bodies/" + slug).statusCode()).isEqualTo(200);
    ApiIT.assertProblem(http.postJson("api/v1/bodies", json, kenes.tokenFor("admin")), 409);
    HttpResponse<String> bad =
        http.postJson(
            "api/v1/bodies",
            "{\"slug\":\"Bad Slug\",\"kind\":\"NOPE\",\"level\":\"DISTRICT\"}",
            kenes.tokenFor("admin"));
    ApiIT.assertProblem(bad, 400);
    assertThat(bad.body())
        .contains("\"slug\"")
        .contains("\"kind\"")
        .contains("\"name\"")
        .contains("\"parent\"");
  }

  @Test
  void onlyAdminsAssignAndBadInputIsNamed() {
    String path = "api/v1/bodies/akzhol-rural-district/staff/OFFICIAL/resident2";
    assertProblem(put(path, kenes.tokenFor("resident"), "{}"), 403);
    assertProblem(put(path, kenes.tokenFor("official"), "{}"), 403);
    assertProblem(put(path, null, "{}"), 401);

    HttpResponse<String> badRole =
        put(
            "api/v1/bodies/akzhol-rural-district/staff/CHIEF/resident2",
            kenes.tokenFor("admin"),
            "{}");
    assertProblem(badRole, 400);
    assertThat(badRole.body()).contains("\"field\":\"role\"");
    assertProblem(
        put("api/v1/bodies/no-such-body/staff/OFFICIAL/resident2", kenes.tokenFor("admin"), "{}"),
        404);
  }

  private HttpResponse<String> put(String path, String token, String json) {
    HttpRequest.Builder request =
        http.request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build());
  }

  private HttpResponse<String> delete(String path, String token) {
    return http.send(
        http.request(path).header("Authorization", "Bearer " + token).DELETE().build());
  }
}
