package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The server-rendered pages over HTTP, without a browser. */
@KenesIT
class PagesIT {
  Kenes kenes;
  Http http;

  @Test
  void theFrontPageListsTheBodiesInKazakhByDefault() {
    HttpResponse<String> page = http.get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body())
        .contains("<html lang=\"kk\">")
        .contains("Мемлекеттік органдар")
        .contains("href=\"/bodies/aktogay-district-akimat\"")
        .contains("Ақтоғай ауданының әкімдігі");
  }

  @Test
  void langSwitchesTheLanguageWithoutARedirectAndIsRemembered() {
    HttpResponse<String> ru = http.get("/?lang=ru");
    assertThat(ru.statusCode()).isEqualTo(200);
    assertThat(ru.body())
        .contains("<html lang=\"ru\">")
        .contains("Государственные органы")
        .contains("Акимат Актогайского района");
    assertThat(ru.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("kenes_lang=ru"));

    HttpResponse<String> remembered =
        http.send(
            http.request("/bodies/aktogay-district-akimat")
                .header("Cookie", "kenes_lang=en")
                .GET()
                .build());
    assertThat(remembered.body())
        .contains("<html lang=\"en\">")
        .contains("Akimat of Aktogay District");

    HttpResponse<String> en = http.get("/bodies/aktogay-district-akimat?lang=en");
    assertThat(en.statusCode()).isEqualTo(200);
    assertThat(en.body()).contains("Discussions");
  }

  @Test
  void aThreadPageShowsTheTitleEscapedAndOnlySanitizedHtml() {
    String token = kenes.tokenFor("resident3");
    String title = "<script>alert('t')</script> Вода " + UUID.randomUUID();
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/zhalauly-rural-district/threads",
            ApiIT.threadJson(
                "QUESTION", title, "Есть ли график? <img src=x onerror=alert(1)>", "WATER_SUPPLY"),
            token);
    long id = Json.parse(created.body()).getJsonNumber("id").longValue();

    HttpResponse<String> page = http.get("/threads/" + id);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("&lt;script&gt;alert(");
    assertThat(page.body().toLowerCase())
        .doesNotContain("<script")
        .doesNotContain("onerror=")
        .doesNotContain("<img");
  }

  @Test
  void missingThingsGetAFriendlyPageWithTheRightStatus() {
    HttpResponse<String> body = http.get("/bodies/no-such-body?lang=en");
    assertThat(body.statusCode()).isEqualTo(404);
    assertThat(body.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(body.body()).contains("No such body.").contains("href=\"/\"");

    assertThat(http.get("/threads/987654321").statusCode()).isEqualTo(404);
    assertThat(http.get("/no/such/page").statusCode()).isEqualTo(404);
  }

  @Test
  void theNewThreadFormSendsAVisitorToSignInAndBack() {
    HttpResponse<String> form = http.get("/bodies/akzhol-rural-district/new");

    assertThat(form.statusCode()).isEqualTo(303);
    assertThat(form.headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/signin?next=%2Fbodies%2Fakzhol-rural-district%2Fnew"));
  }

  @Test
  void postingAFormWithoutSigningInIsRefusedAndWritesNothing() {
    String title = "Без входа " + UUID.randomUUID();
    HttpResponse<String> response =
        http.send(
            http.request("/bodies/akzhol-rural-district/threads")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "type=QUESTION&category=ROADS&title="
                            + title.replace(' ', '+')
                            + "&body=text"))
                .build());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(http.get("api/v1/bodies/akzhol-rural-district/threads?limit=100").body())
        .doesNotContain("Без входа");
  }

  @Test
  void aFiftyPostThreadPageWithItsStylesIsAtMostSixtyKilobytesOnTheWire() {
    String author = kenes.tokenFor("resident");
    String other = kenes.tokenFor("resident2");
    String paragraph =
        "Ауылдағы жолдың жағдайы туралы пікірім: көктемде су жиналады, **балалар** мектепке"
            + " айналып барады. Дорога у школы размыта, нужен ремонт до осени. ";
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            ApiIT.threadJson(
                "DISCUSSION", "Жол туралы ұзақ талқылау", paragraph.repeat(3), "ROADS"),
            author);
    long id = Json.parse(created.body()).getJsonNumber("id").longValue();
    for (int i = 2; i <= 50; i++) {
      HttpResponse<String> reply =
          http.postJson(
              "api/v1/threads/" + id + "/posts",
              "{\"body\":" + ApiIT.quote(i + ". " + paragraph.repeat(2)) + "}",
              i % 2 == 0 ? other : author);
      assertThat(reply.statusCode()).isEqualTo(201);
    }

    HttpResponse<byte[]> page =
        http.sendBytes(
            http.request("/threads/" + id).header("Accept-Encoding", "gzip").GET().build());
    HttpResponse<byte[]> css =
        http.sendBytes(
            http.request("/static/kenes.css").header("Accept-Encoding", "gzip").GET().build());

    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(page.body().length + css.body().length).isLessThanOrEqualTo(60 * 1024);
    assertThat(http.get("/threads/" + id).body()).contains("id=\"post-50\"");
  }

  @Test
  void aVisitorsBrowserRevalidatesAThreadPageAndGetsNotModifiedUntilItChanges() throws Exception {
    String author = kenes.tokenFor("resident");
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/akzhol-rural-district/threads",
            ApiIT.threadJson(
                "QUESTION", "Көпір қашан жөнделеді?", "Өзен үстіндегі көпір қираған.", "ROADS"),
            author);
    long id = Json.parse(created.body()).getJsonNumber("id").longValue();

    HttpResponse<byte[]> gzipped =
        http.sendBytes(
            http.request("/threads/" + id).header("Accept-Encoding", "gzip").GET().build());
    String plain = http.get("/threads/" + id).body();
    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (var in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(plain)
          .contains("Көпір қашан жөнделеді?");
    }
    String etag = gzipped.headers().firstValue("ETag").orElseThrow();
    assertThat(gzipped.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(gzipped.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));

    HttpResponse<byte[]> again =
        http.sendBytes(
            http.request("/threads/" + id)
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", etag)
                .GET()
                .build());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    assertThat(
            http.postJson(
                    "api/v1/threads/" + id + "/posts",
                    "{\"body\":\"Биыл жөндейміз деп уәде берген.\"}",
                    kenes.tokenFor("resident2"))
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> changed =
        http.send(http.request("/threads/" + id).header("If-None-Match", etag).GET().build());
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("Биыл жөндейміз деп уәде берген.");
    assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
  }

  @Test
  void pagesAreSentCompressedAndStaySmall() {
    HttpResponse<byte[]> page =
        http.sendBytes(
            http.request("/bodies/aktogay-rural-district")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build());
    HttpResponse<byte[]> css =
        http.sendBytes(
            http.request("/static/kenes.css").header("Accept-Encoding", "gzip").GET().build());

    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(page.body().length + css.body().length).isLessThan(60 * 1024);
    String etag = page.headers().firstValue("ETag").orElseThrow();
    assertThat(
            http.sendBytes(
                    http.request("/bodies/aktogay-rural-district")
                        .header("If-None-Match", etag)
                        .GET()
                        .build())
                .statusCode())
        .isEqualTo(304);
    assertThat(
            http.sendBytes(
                    http.request("/bodies/aktogay-rural-district?lang=ru")
                        .header("If-None-Match", etag)
                        .GET()
                        .build())
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http.sendBytes(
                    http.request("/bodies/aktogay-rural-district?type=QUESTION")
                        .header("If-None-Match", etag)
                        .GET()
                        .build())
                .headers()
                .firstValue("Cache-Control"))
        .hasValue("no-store");
    assertThat(css.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("max-age"));
    assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }
}
