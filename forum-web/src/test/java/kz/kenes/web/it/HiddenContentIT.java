package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static kz.kenes.web.it.ApiIT.quote;
import static kz.kenes.web.it.ApiIT.threadJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Hidden and removed text reaches only its author and staff: the revisions of a hidden reply, a
 * quote of it, and a thread whose opening post is hidden (its API and page, the body's lists,
 * search and similar topics, followers' notifications) — for a visitor, another resident, the
 * author and a moderator — and all of it comes back when a moderator shows the post again.
 */
@KenesIT
class HiddenContentIT {
  static final String BODY = "akzhol-rural-district";

  Kenes kenes;
  Browsers browsers;
  Http http;

  private String token(String user) {
    return user == null ? null : kenes.tokenFor(user);
  }

  private HttpResponse<String> get(String path, String user) {
    return user == null ? http.get(path) : http.get(path, token(user));
  }

  private HttpResponse<String> send(String method, String path, String json, String user) {
    HttpRequest.Builder request =
        http.request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.header("Authorization", "Bearer " + token(user)).build());
  }

  /** A word no other test writes, so that search and lists find only this test's thread. */
  private static String word() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private long open(String user, String title, String text) {
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + BODY + "/threads",
            threadJson("COMPLAINT", title, text, "LIGHTING"),
            token(user));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Json.parse(created.body()).getJsonNumber("id").longValue();
  }

  private long openingPost(long threadId, String user) {
    HttpResponse<String> thread = get("api/v1/threads/" + threadId, user);
    assertThat(thread.statusCode()).as(thread.body()).isEqualTo(200);
    return Json.parse(thread.body()).getJsonNumber("openingPostId").longValue();
  }

  private long reply(long threadId, String user, String text) {
    HttpResponse<String> reply =
        http.postJson(
            "api/v1/threads/" + threadId + "/posts", "{\"body\":" + quote(text) + "}", token(user));
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    return Json.parse(reply.body()).getJsonNumber("id").longValue();
  }

  private void flag(long postId, String user, String reason) {
    HttpResponse<String> flagged =
        http.postJson(
            "api/v1/posts/" + postId + "/flags",
            "{\"reason\":" + quote(reason) + ",\"note\":\"тексеріңіз\"}",
            token(user));
    assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
  }

  /** A moderator ({@code user}) decides the post's pending review item: HIDE, REMOVE, KEEP, … */
  private void decide(long postId, String action, String user) {
    HttpResponse<String> item = get("api/v1/moderation/queue?body=" + BODY, user);
    assertThat(item.statusCode()).as(item.body()).isEqualTo(200);
    JsonObject found =
        Json.parse(item.body()).getJsonArray("items").stream()
            .map(v -> v.asJsonObject())
            .filter(i -> i.getJsonNumber("postId").longValue() == postId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("post " + postId + " not in the queue"));
    HttpResponse<String> acted =
        http.postJson(
            "api/v1/moderation/items/" + found.getJsonNumber("id").longValue() + "/actions",
            "{\"action\":"
                + quote(action)
                + ",\"reason\":\"Ереже 3\",\"version\":"
                + found.getJsonNumber("version").longValue()
                + "}",
            token(user));
    assertThat(acted.statusCode()).as(acted.body()).isEqualTo(200);
  }

  /** The author contests the decision on the post and another moderator (the admin) keeps it. */
  private void contestAndKeep(long postId, String author) {
    HttpResponse<String> contested =
        http.postJson(
            "api/v1/posts/" + postId + "/contest",
            "{\"reason\":\"Ереже бұзылмаған\"}",
            token(author));
    assertThat(contested.statusCode()).as(contested.body()).isBetween(200, 204);
    decide(postId, "KEEP", "admin");
  }

  private HttpResponse<String> search(String q) {
    HttpResponse<String> found = null;
    for (int i = 0; i < 120; i++) {
      found = http.get("api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      if (found.statusCode() != 503) {
        break;
      }
      sleep(500);
    }
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    return found;
  }

  private List<String> hitKinds(String q, long threadId) {
    return Json.parse(search(q).body()).getJsonArray("hits").stream()
        .map(v -> v.asJsonObject())
        .filter(h -> !h.isNull("threadId") && h.getJsonNumber("threadId").longValue() == threadId)
        .map(h -> h.getString("kind"))
        .toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private boolean notified(String user, long threadId) {
    HttpResponse<String> list = get("api/v1/notifications?limit=100", user);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return list.body().contains("\"threadId\":" + threadId + ",");
  }

  @Test
  void aHiddenReplysRevisionsAndQuotesReachOnlyItsAuthorAndStaff() {
    String secret = word();
    long threadId = open("resident4", "Шамдар туралы " + word(), "Көшедегі шамдар жанбайды.");
    long postId = reply(threadId, "resident", "Алғашқы мәтін " + secret);
    HttpResponse<String> edited =
        send(
            "PUT",
            "api/v1/posts/" + postId,
            "{\"body\":\"Түзетілген мәтін " + secret + "\"}",
            "resident");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    String revisions = "api/v1/posts/" + postId + "/revisions";
    assertThat(http.get(revisions).body()).contains("Алғашқы мәтін " + secret);

    flag(postId, "resident2", "PERSONAL_DATA");
    decide(postId, "HIDE", "moderator");

    for (String other : new String[] {null, "resident2"}) {
      HttpResponse<String> api = get(revisions, other);
      assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
      assertThat(api.body()).isEqualTo("[]");
      HttpResponse<String> page = get("posts/" + postId + "/revisions", other);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).doesNotContain(secret).contains("hidden-post");
      HttpResponse<String> post = get("api/v1/posts/" + postId, other);
      assertThat(post.body()).doesNotContain(secret).contains("\"visibility\":\"HIDDEN\"");
      HttpResponse<String> thread = get("api/v1/threads/" + threadId, other);
      assertThat(thread.statusCode()).isEqualTo(200);
      assertThat(thread.body()).doesNotContain(secret);
      HttpResponse<String> threadPage = get("threads/" + threadId, other);
      assertThat(threadPage.body()).doesNotContain(secret).contains("hidden-post");
    }
    // the quote form of another resident does not carry the hidden text
    HttpResponse<String> quoting = get("threads/" + threadId + "?quote=" + postId, "resident2");
    assertThat(quoting.statusCode()).isEqualTo(200);
    assertThat(quoting.body()).doesNotContain(secret);
    assertThat(
            http.postJson(
                    "api/v1/threads/" + threadId + "/posts",
                    "{\"body\":\"Дәйексөз\",\"quotePostId\":" + postId + "}",
                    token("resident2"))
                .statusCode())
        .isEqualTo(400);

    for (String reader : new String[] {"resident", "moderator"}) {
      HttpResponse<String> api = get(revisions, reader);
      assertThat(api.body()).as(reader).contains("Алғашқы мәтін " + secret);
      HttpResponse<String> page = get("posts/" + postId + "/revisions", reader);
      assertThat(page.body())
          .as(reader)
          .contains("Алғашқы мәтін " + secret)
          .contains("Түзетілген мәтін " + secret);
    }
    assertThat(get("threads/" + threadId + "?quote=" + postId, "resident").body())
        .contains("&gt; Түзетілген мәтін " + secret);

    contestAndKeep(postId, "resident");
    assertThat(http.get(revisions).body()).contains("Алғашқы мәтін " + secret);
    assertThat(http.get("posts/" + postId + "/revisions").body())
        .contains("Түзетілген мәтін " + secret);
  }

  @Test
  void aHiddenOpeningPostHidesItsThreadFromAllButItsAuthorAndStaffUntilShownAgain() {
    String secret = word();
    String title = "Жарық жоқ " + secret;
    long threadId = open("resident4", title, "Көшедегі шамдар жанбайды " + secret + ".");
    long opening = openingPost(threadId, "resident4");
    assertThat(send("PUT", "api/v1/threads/" + threadId + "/follow", "", "resident2").statusCode())
        .isEqualTo(204);
    reply(threadId, "resident4", "Бүгін де жанбайды.");
    assertThat(notifiedSoon("resident2", threadId)).isTrue();
    // a visitor's page is cached before the thread is hidden
    assertThat(http.get("threads/" + threadId).body()).contains(title);
    assertThat(hitKinds(secret, threadId)).contains("THREAD", "POST");

    flag(opening, "resident", "PERSONAL_DATA");
    flag(opening, "resident2", "SPAM");
    flag(opening, "resident3", "OFFENSIVE");

    assertHidden(threadId, opening, title, secret);
    // notifications name the thread: the follower's earlier one is no longer listed, and the
    // author's new reply reaches no follower
    assertThat(notified("resident2", threadId)).isFalse();
    reply(threadId, "resident4", "Әлі жанбайды.");
    sleep(1500);
    assertThat(notified("resident2", threadId)).isFalse();
    // its author still hears that the post was hidden
    assertThat(notifiedSoon("resident4", threadId)).isTrue();

    // a moderator's decision keeps it hidden, now as removed
    decide(opening, "REMOVE", "moderator");
    assertHidden(threadId, opening, title, secret);

    contestAndKeep(opening, "resident4");
    for (String reader : new String[] {null, "resident2", "resident4", "moderator"}) {
      HttpResponse<String> api = get("api/v1/threads/" + threadId, reader);
      assertThat(api.statusCode()).as(String.valueOf(reader)).isEqualTo(200);
      assertThat(api.body()).contains(secret);
    }
    assertThat(http.get("threads/" + threadId).body()).contains(title);
    assertThat(http.get("api/v1/bodies/" + BODY + "/threads?limit=100").body()).contains(title);
    assertThat(http.get("bodies/" + BODY).body()).contains(title);
    assertThat(get("api/v1/me/follows", "resident2").body()).contains(secret);
    assertThat(hitKinds(secret, threadId)).contains("THREAD", "POST");
    assertThat(similar(title)).contains("\"id\":" + threadId + ",");
    assertThat(notified("resident2", threadId)).isTrue();
  }

  private boolean notifiedSoon(String user, long threadId) {
    for (int i = 0; i < 20; i++) {
      if (notified(user, threadId)) {
        return true;
      }
      sleep(500);
    }
    return false;
  }

  /**
   * A visitor's browser (no sign-in: the realm's redirect URIs do not cover every port offset; the
   * author's and the moderator's pages are checked with their tokens above).
   */
  @Test
  void inAVisitorsBrowserAHiddenThreadIsAFriendlyNotFoundPageWithoutItsTitle() throws Exception {
    String site = kenes.site();
    String secret = word();
    String title = "Шам сынық " + secret;
    long threadId = open("resident4", title, "Аулада шам сынық " + secret + ".");
    long opening = openingPost(threadId, "resident4");
    WebDriver browser = browsers.open(false);
    browser.get(site + "/threads/" + threadId);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    flag(opening, "resident", "PERSONAL_DATA");
    flag(opening, "resident2", "PERSONAL_DATA");
    flag(opening, "resident3", "PERSONAL_DATA");
    browser.get(site + "/threads/" + threadId);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank().isNotEqualTo(title);
    assertThat(browser.getPageSource()).doesNotContain(secret);
    browser.get(site + "/bodies/" + BODY);
    assertThat(browser.getPageSource()).doesNotContain(secret);
  }

  private String similar(String title) {
    return http.get(
            "api/v1/bodies/"
                + BODY
                + "/similar?title="
                + URLEncoder.encode(title, StandardCharsets.UTF_8))
        .body();
  }

  private void assertHidden(long threadId, long opening, String title, String secret) {
    for (String other : new String[] {null, "resident2"}) {
      assertProblem(get("api/v1/threads/" + threadId, other), 404);
      assertProblem(get("api/v1/posts/" + opening, other), 404);
      assertProblem(get("api/v1/posts/" + opening + "/revisions", other), 404);
      HttpResponse<String> page = get("threads/" + threadId, other);
      assertThat(page.statusCode()).isEqualTo(404);
      assertThat(page.body()).doesNotContain(secret);
      assertThat(get("posts/" + opening + "/revisions", other).statusCode()).isEqualTo(404);
      assertProblem(get("api/v1/threads/" + threadId + "/appeals", other), 404);
    }
    assertProblem(
        http.postJson(
            "api/v1/threads/" + threadId + "/posts", "{\"body\":\"Иә, рас.\"}", token("resident2")),
        404);
    for (String reader : new String[] {"resident4", "moderator"}) {
      HttpResponse<String> api = get("api/v1/threads/" + threadId, reader);
      assertThat(api.statusCode()).as(reader).isEqualTo(200);
      assertThat(api.body()).contains(title);
      assertThat(get("api/v1/posts/" + opening, reader).statusCode()).isEqualTo(200);
      HttpResponse<String> page = get("threads/" + threadId, reader);
      assertThat(page.statusCode()).as(reader).isEqualTo(200);
      assertThat(page.body()).contains(title).contains(secret + ".");
      assertThat(get("api/v1/threads/" + threadId + "/appeals", reader).statusCode())
          .isEqualTo(200);
    }
    assertThat(http.get("api/v1/bodies/" + BODY + "/threads?limit=100").body())
        .doesNotContain(secret);
    assertThat(
            http.get("api/v1/bodies/" + BODY + "/threads?status=OPEN&type=COMPLAINT&limit=100")
                .body())
        .doesNotContain(secret);
    assertThat(http.get("bodies/" + BODY).body()).doesNotContain(secret);
    assertThat(get("api/v1/me/follows", "resident2").body()).doesNotContain(secret);
    assertThat(get("api/v1/me/follows", "resident4").body()).contains(secret);
    assertThat(hitKinds(secret, threadId)).isEmpty();
    assertThat(Json.parse(search(secret).body()).getInt("total")).isZero();
    assertThat(http.get("search?q=" + secret).body()).doesNotContain(title);
    assertThat(similar(title)).doesNotContain("\"id\":" + threadId + ",");
  }
}
