package kz.kenes.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document × every kind of caller, against the expected statuses
 * kept as data in {@code authorization-matrix.txt} (its header describes the format); then the
 * pages of {@code authorization-matrix-pages.txt} × the same callers, each signed in by the code
 * flow.
 */
@KenesIT
class AuthorizationMatrixIT {
  private static final String MATRIX = "/authorization-matrix.txt";
  private static final String PAGES = "/authorization-matrix-pages.txt";
  private static final List<String> ACTORS =
      List.of("anonymous", "resident", "resident2", "official", "official2", "moderator", "admin");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
  private static final Pattern FEEDBACK =
      Pattern.compile("(?s)kc-feedback-text\"?[^>]*>([^<]*)<|alert[^>]*>\\s*<[^>]*>([^<]*)<");
  private static final Pattern LOGIN_FORM =
      Pattern.compile("id=\"kc-form-login\"[^>]*?action=\"([^\"]+)\"");

  Kenes kenes;
  Http http;

  /** One line of the matrix file. */
  record Row(
      int line,
      String method,
      String path,
      List<Set<Integer>> expected,
      String query,
      Map<String, String> overrides,
      String body) {
    /** The OpenAPI operation: METHOD PATH without the row's #variant. */
    String operation() {
      return method + " " + template();
    }

    /** The path template without the #variant that tells a second row of one operation apart. */
    String template() {
      int variant = path.indexOf('#');
      return variant < 0 ? path : path.substring(0, variant);
    }

    boolean refusal(int actor) {
      return Set.of(401, 403).containsAll(expected.get(actor));
    }
  }

  @Test
  void everyOperationAnswersEveryCallerAsTheRulesSay() throws IOException {
    List<Row> rows = rows(MATRIX);
    Set<String> documented = OpenApi.operations(http);
    Set<String> listed = rows.stream().map(Row::operation).collect(Collectors.toSet());

    List<String> problems = new ArrayList<>();
    for (String operation : documented) {
      if (!listed.contains(operation)) {
        problems.add(
            operation + " is in the OpenAPI document but has no row: add a row to " + MATRIX);
      }
    }
    for (Row row : rows) {
      if (!documented.contains(row.operation())) {
        problems.add(
            row.operation() + " (line " + row.line() + ") is no longer an operation: remove it");
      }
    }
    Map<String, Long> counts =
        rows.stream()
            .collect(
                Collectors.groupingBy(r -> r.method() + " " + r.path(), Collectors.counting()));
    counts.forEach(
        (operation, n) -> {
          if (n > 1) {
            problems.add(operation + " has " + n + " rows in " + MATRIX);
          }
        });
    Map<String, String> fixtures = fixtures();
    List<String> mismatches = new ArrayList<>();
    for (Row row : rows) {
      if (!documented.contains(row.operation())) {
        continue;
      }
      List<Integer> order = new ArrayList<>();
      for (int a = 0; a < ACTORS.size(); a++) {
        if (row.refusal(a)) {
          order.add(a);
        }
      }
      for (int a = 0; a < ACTORS.size(); a++) {
        if (!row.refusal(a)) {
          order.add(a);
        }
      }
      for (int a : order) {
        check(row, a, call(row, a, fixtures), mismatches);
      }
    }
    waitForTheReindex();

    List<Row> pages = rows(PAGES);
    String site = kenes.site();
    allowSignInFrom(site);
    List<HttpClient> sessions = new ArrayList<>();
    for (String actor : ACTORS) {
      sessions.add(actor.equals("anonymous") ? session() : signIn(site, actor));
    }
    for (Row page : pages) {
      for (int a = 0; a < ACTORS.size(); a++) {
        String path = resolvePath(page, fixtures) + fill(page.query(), fixtures);
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(site + path))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30))
                .build();
        check(page, a, send(sessions.get(a), request), mismatches);
      }
    }

    int combinations = rows.size() * ACTORS.size();
    int pageCombinations = pages.size() * ACTORS.size();
    assertThat(problems).as("rows of %s (and mismatches: %s)", MATRIX, mismatches).isEmpty();
    if (!mismatches.isEmpty()) {
      fail(
          "authorization matrix: "
              + mismatches.size()
              + " of "
              + (combinations + pageCombinations)
              + " combinations differ from "
              + MATRIX
              + " and "
              + PAGES
              + ":\n"
              + String.join("\n", mismatches));
    }
    System.out.println(
        "authorization matrix: "
            + rows.size()
            + " operations × "
            + ACTORS.size()
            + " actors = "
            + combinations
            + " combinations, all as expected; "
            + pages.size()
            + " pages × "
            + ACTORS.size()
            + " actors = "
            + pageCombinations
            + " combinations, all as expected");
  }

  private static void check(
      Row row, int actor, HttpResponse<String> response, List<String> mismatches) {
    if (!row.expected().get(actor).contains(response.statusCode())) {
      mismatches.add(
          String.format(
              "%-55s %-10s expected %-8s got %d %s",
              row.operation(),
              ACTORS.get(actor),
              row.expected().get(actor).stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining("|")),
              response.statusCode(),
              abbreviate(response.body())));
    }
  }

  /**
   * Cookies as a browser keeps them for http://localhost: Keycloak marks its cookies Secure, which
   * browsers send to localhost over plain HTTP and the JDK's cookie store does not.
   */
  static final class Jar extends CookieHandler {
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
      String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
      List<String> sent =
          cookies.getCookieStore().getCookies().stream()
              .filter(
                  c -> !c.hasExpired() && HttpCookie.domainMatches(c.getDomain(), uri.getHost()))
              .filter(c -> c.getPath() == null || path.startsWith(c.getPath()))
              .map(c -> c.getName() + "=" + c.getValue())
              .toList();
      return sent.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", sent)));
    }

    /** The value of the cookie {@code name}, whatever its site. */
    java.util.Optional<String> value(String name) {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals(name))
          .map(HttpCookie::getValue)
          .findFirst();
    }

    List<String> names() {
      return cookies.getCookieStore().getCookies().stream()
          .map(c -> c.getName() + "@" + c.getDomain() + c.getPath())
          .toList();
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      cookies.put(uri, headers);
    }
  }

  /** A client with its own cookies (a browser session) that follows no redirect. */
  private static HttpClient session() {
    return HttpClient.newBuilder()
        .cookieHandler(new Jar())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * Signs {@code user} in as a browser does, by the code flow: {@code /signin} leads to Keycloak's
   * login form, the form is posted, and Keycloak sends the browser back to Kenes, which keeps the
   * session in a cookie. Returns a client with that session.
   */
  private static HttpClient signIn(String site, String user) {
    Jar cookies = new Jar();
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpResponse<String> form =
        send(
            browser,
            HttpRequest.newBuilder(URI.create(site + "/signin?next=%2F"))
                .header("Accept", "text/html")
                .build());
    Matcher action = LOGIN_FORM.matcher(form.body());
    assertThat(action.find())
        .as("Keycloak's login form for %s: %s %d", user, form.uri(), form.statusCode())
        .isTrue();
    String credentials =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&credentialId=";
    HttpResponse<String> home =
        send(
            browser,
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))
                .build());
    Matcher feedback = FEEDBACK.matcher(home.body());
    assertThat(home.uri().toString())
        .as(
            "%s signed in (Keycloak says: %s; cookies: %s)",
            user, feedback.find() ? feedback.group(1).strip() : home.statusCode(), cookies.names())
        .isEqualTo(site + "/");
    assertThat(home.statusCode()).isEqualTo(200);
    return HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /**
   * The dev realm lets Kenes' pages sign in from the usual ports only; a test lane with its own
   * port offset adds its address to the client's redirect URIs (admin REST API of the test
   * Keycloak).
   */
  private void allowSignInFrom(String site) {
    HttpClient client = session();
    HttpResponse<String> admin =
        send(
            client,
            HttpRequest.newBuilder(
                    URI.create(
                        kenes.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build());
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    String bearer = "Bearer " + Json.parse(admin.body()).getString("access_token");
    String clients = kenes.keycloakUrl() + "/admin/realms/kenes/clients";
    JsonObject web =
        Json.structure(
                send(
                        client,
                        HttpRequest.newBuilder(URI.create(clients + "?clientId=kenes-web"))
                            .header("Authorization", bearer)
                            .build())
                    .body())
            .asJsonArray()
            .getJsonObject(0);
    String uri = site + "/*";
    if (web.getJsonArray("redirectUris").getValuesAs(JsonString.class).stream()
        .anyMatch(u -> u.getString().equals(uri))) {
      return;
    }
    JsonObject changed =
        jakarta.json.Json.createObjectBuilder(web)
            .add(
                "redirectUris",
                jakarta.json.Json.createArrayBuilder(web.getJsonArray("redirectUris")).add(uri))
            .build();
    HttpResponse<String> put =
        send(
            client,
            HttpRequest.newBuilder(URI.create(clients + "/" + web.getString("id")))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed.toString()))
                .build());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<Row> rows(String file) throws IOException {
    List<Row> rows = new ArrayList<>();
    String text;
    try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 10);
      assertThat(parts.length)
          .as("line %d of %s: METHOD PATH and %d statuses", i + 1, file, ACTORS.size())
          .isGreaterThanOrEqualTo(2 + ACTORS.size());
      List<Set<Integer>> expected = new ArrayList<>();
      for (int a = 0; a < ACTORS.size(); a++) {
        expected.add(
            Arrays.stream(parts[2 + a].split("\\|"))
                .map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new)));
      }
      String rest = parts.length > 9 ? parts[9].strip() : "";
      String query = "";
      Map<String, String> overrides = new HashMap<>();
      while (rest.startsWith("?") || rest.startsWith("@")) {
        String[] token = rest.split("\\s+", 2);
        if (token[0].startsWith("?")) {
          query = token[0];
        } else {
          String[] override = token[0].substring(1).split("=", 2);
          overrides.put(override[0], override[1]);
        }
        rest = token.length > 1 ? token[1].strip() : "";
      }
      rows.add(
          new Row(
              i + 1, parts[0], parts[1], expected, query, overrides, rest.isEmpty() ? null : rest));
    }
    return rows;
  }

  private HttpResponse<String> call(Row row, int actor, Map<String, String> fixtures) {
    String path = resolvePath(row, fixtures) + fill(row.query(), fixtures);
    // a CSV export answers text/csv (and problem+json when it refuses)
    String accept = row.template().endsWith(".csv") ? "text/csv" : "application/json";
    HttpRequest.Builder request = http.request(path).header("Accept", accept);
    if (actor > 0) {
      request.header("Authorization", "Bearer " + kenes.tokenFor(ACTORS.get(actor)));
    }
    String body = row.body() == null ? "" : fill(row.body(), fixtures);
    if (row.method().equals("GET") || row.method().equals("DELETE")) {
      request.method(row.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(row.method(), HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build());
  }

  /** Each {param} from the fixture named by the row, or by the path segment before it. */
  private static String resolvePath(Row row, Map<String, String> fixtures) {
    String[] template = row.template().split("/");
    String[] segments = template.clone();
    for (int i = 1; i < segments.length; i++) {
      if (TEMPLATE.matcher(template[i]).matches()) {
        String key = template[i - 1] + "/" + template[i];
        String name = row.overrides().getOrDefault(key, key);
        String value = fixtures.get(name);
        if (value == null) {
          fail(
              "line %d of %s: no fixture for %s in %s: add one to fixtures()"
                  .formatted(row.line(), MATRIX, name, row.path()));
        }
        segments[i] = value;
      }
    }
    return String.join("/", segments);
  }

  private static String fill(String text, Map<String, String> fixtures) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      String value =
          name.equals("unique") ? UUID.randomUUID().toString().substring(0, 8) : fixtures.get(name);
      if (value == null) {
        fail("no fixture ${%s} for %s: add one to fixtures()".formatted(name, text));
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(filled);
    return filled.toString();
  }

  /**
   * The resources the path templates name, made through the API: a body of its own beneath the
   * official's and moderator's akimat (so that changing it disturbs no other test), threads and
   * posts of {@code resident}, a flagged post, a decided one, appeals, a card and a notification.
   */
  private Map<String, String> fixtures() {
    Map<String, String> f = new LinkedHashMap<>();
    String slug = "matrix-" + UUID.randomUUID().toString().substring(0, 8) + "-rural-district";
    expect(
        http.postJson(
            "api/v1/bodies",
            "{\"slug\":\""
                + slug
                + "\",\"name\":{\"kk\":\"Матрица ауылдық округі\",\"ru\":\"Сельский округ"
                + " Матрица\",\"en\":\"Matrix Rural District\"},\"kind\":\"EXECUTIVE\","
                + "\"level\":\"RURAL_DISTRICT\",\"parent\":\"aktogay-district-akimat\"}",
            kenes.tokenFor("admin")),
        201);
    f.put("bodies/{slug}", slug);
    f.put("new/{slug}", slug);
    f.put("slug", slug);
    f.put("staff/{role}", "OFFICIAL");
    f.put("{role}/{username}", "resident3");

    long thread = open(slug, "PROPOSAL");
    f.put("threads/{id}", String.valueOf(thread));
    f.put("statusThread", String.valueOf(open(slug, "QUESTION")));
    f.put("posts/{id}", String.valueOf(reply(thread)));
    f.put("withdrawPost", String.valueOf(reply(thread)));
    f.put("flagPost", String.valueOf(reply(thread)));
    f.put("escalatePost", String.valueOf(reply(thread)));

    long flagged = reply(thread);
    long item = id(expect(flag(flagged), 201), "itemId");
    f.put("items/{id}", String.valueOf(item));
    f.put("itemVersion", String.valueOf(version(item)));

    long decided = reply(thread);
    long decidedItem = id(expect(flag(decided), 201), "itemId");
    expect(
        http.postJson(
            "api/v1/moderation/items/" + decidedItem + "/actions",
            "{\"action\":\"HIDE\",\"reason\":\"Ереже 3\",\"version\":" + version(decidedItem) + "}",
            kenes.tokenFor("moderator")),
        200);
    f.put("contestPost", String.valueOf(decided));

    String appeal = String.valueOf(escalate(reply(thread)));
    f.put("appeals/{id}", appeal);
    f.put("a/{id}", appeal);
    long toRedirect = escalate(reply(thread));
    expect(
        http.postJson(
            "api/v1/appeals/" + toRedirect + "/submit",
            "{\"fullName\":\"Айгерім Сәрсенова\",\"iin\":\"900101300126\",\"address\":\"Ақтоғай"
                + " ауылы\",\"publishAnswer\":false}",
            kenes.tokenFor("resident")),
        200);
    f.put("appealToRedirect", String.valueOf(toRedirect));
    f.put("in40days", LocalDate.now().plusDays(40).toString());

    long card =
        id(
            expect(
                http.postJson(
                    "api/v1/bodies/" + slug + "/claim-reviews",
                    "{\"claim\":\"Су берілмейді\",\"verdict\":\"FALSE\",\"explanation\":\"Су"
                        + " беріледі.\",\"evidence\":[]}",
                    kenes.tokenFor("official")),
                201),
            "id");
    f.put("claim-reviews/{id}", String.valueOf(card));
    f.put("claim-reviews/{cardId}", String.valueOf(card));
    f.put("calendar/{date}", "2031-07-15");
    surveys(f, slug);

    // resident2's reply tells resident, the thread's author, in-app after the commit
    expect(
        http.postJson(
            "api/v1/threads/" + thread + "/posts",
            "{\"body\":\"Менде де солай\"}",
            kenes.tokenFor("resident2")),
        201);
    f.put("notifications/{id}", String.valueOf(notificationOfResident()));
    // no such message: an admin learns it is missing (404), everyone else is refused first
    f.put("outbox/{id}", "987654321");
    budgets(slug, f);
    sessions(f, slug);
    return f;
  }

  /**
   * An open survey of the body (one rating, one optional text), one to close, and a closed one
   * whose text answer waits for a moderator; a leader of the body; this year in Kazakhstan.
   */
  private void surveys(Map<String, String> f, String slug) {
    String json =
        "{\"title\":\"Матрица\",\"closesAt\":\""
            + LocalDate.now().plusDays(40)
            + "\",\"questions\":[{\"key\":\"mark\",\"type\":\"RATING\",\"text\":\"Баға\"},"
            + "{\"key\":\"word\",\"type\":\"SHORT_TEXT\",\"text\":\"Сөз\",\"optional\":true}]}";
    String official = kenes.tokenFor("official");
    f.put(
        "surveys/{id}",
        String.valueOf(
            id(
                expect(http.postJson("api/v1/bodies/" + slug + "/surveys", json, official), 201),
                "id")));
    f.put(
        "surveyToClose",
        String.valueOf(
            id(
                expect(http.postJson("api/v1/bodies/" + slug + "/surveys", json, official), 201),
                "id")));
    long closed =
        id(expect(http.postJson("api/v1/bodies/" + slug + "/surveys", json, official), 201), "id");
    expect(
        http.postJson(
            "api/v1/surveys/" + closed + "/responses",
            "{\"answers\":{\"mark\":5,\"word\":\"Жол\"}}",
            kenes.tokenFor("resident")),
        201);
    expect(
        http.postJson("api/v1/surveys/" + closed + "/transitions", "{\"to\":\"CLOSED\"}", official),
        200);
    f.put("closedSurvey", String.valueOf(closed));
    var texts =
        Json.structure(
                expect(
                        http.get(
                            "api/v1/surveys/" + closed + "/texts", kenes.tokenFor("moderator")),
                        200)
                    .body())
            .asJsonArray();
    f.put(
        "texts/{answerId}", String.valueOf(texts.getJsonObject(0).getJsonNumber("id").longValue()));
    long leader =
        id(
            expect(
                http.postJson(
                    "api/v1/bodies/" + slug + "/leaders",
                    "{\"name\":\"Ержан Қасымов\",\"position\":\"Әкім\"}",
                    kenes.tokenFor("admin")),
                201),
            "id");
    f.put("leaders/{id}", String.valueOf(leader));
    f.put("thisYear", String.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).getYear()));
  }

  /**
   * Budgets of the fixture body in the phases the rows need (one per year): voting (the default
   * budgets/{id}), draft, proposals, review, results and implementation, each with a project.
   */
  private void budgets(String slug, Map<String, String> f) {
    f.put("draftBudget", String.valueOf(budget(slug, 2031, "DRAFT", f, "unused")));
    f.put("proposalsBudget", String.valueOf(budget(slug, 2032, "PROPOSALS", f, "unused")));
    f.put("reviewBudget", String.valueOf(budget(slug, 2033, "REVIEW", f, "reviewProject")));
    f.put("budgets/{id}", String.valueOf(budget(slug, 2034, "VOTING", f, "votingProject")));
    f.put("projects/{pid}", f.get("votingProject"));
    f.put("resultsBudget", String.valueOf(budget(slug, 2035, "RESULTS", f, "resultsProject")));
    f.put(
        "implementationBudget",
        String.valueOf(budget(slug, 2036, "IMPLEMENTATION", f, "implementationProject")));
  }

  private long budget(String slug, int year, String phase, Map<String, String> f, String project) {
    String official = kenes.tokenFor("official");
    long id =
        id(
            expect(
                http.postJson(
                    "api/v1/bodies/" + slug + "/budgets",
                    "{\"year\":"
                        + year
                        + ",\"amount\":1000000,\"rule\":\"KNAPSACK\",\"villages\":[\"Матрица\"]}",
                    official),
                201),
            "id");
    List<String> phases = List.of("PROPOSALS", "REVIEW", "VOTING", "RESULTS", "IMPLEMENTATION");
    for (String next : phases) {
      if (phase.equals("DRAFT")) {
        break;
      }
      expect(
          http.postJson(
              "api/v1/budgets/" + id + "/transitions", "{\"to\":\"" + next + "\"}", official),
          200);
      if (next.equals("PROPOSALS") && !phase.equals("PROPOSALS")) {
        long pid =
            id(
                expect(
                    http.postJson(
                        "api/v1/budgets/" + id + "/projects",
                        "{\"title\":\"Матрица жобасы\",\"description\":\"Ауылға жаңа көше"
                            + " шамдары керек.\",\"village\":\"Матрица\",\"cost\":1000}",
                        kenes.tokenFor("resident")),
                    201),
                "id");
        f.put(project, String.valueOf(pid));
      }
      if (next.equals("REVIEW") && !phase.equals("REVIEW")) {
        expect(
            http.postJson(
                "api/v1/budgets/" + id + "/projects/" + f.get(project) + "/review",
                "{\"decision\":\"FEASIBLE\",\"cost\":1000}",
                official),
            200);
      }
      if (next.equals("VOTING") && !phase.equals("VOTING")) {
        expect(
            http.putJson(
                "api/v1/budgets/" + id + "/ballot",
                "{\"projectIds\":[" + f.get(project) + "],\"village\":\"Матрица\"}",
                kenes.tokenFor("resident4")),
            200);
      }
      if (next.equals(phase)) {
        break;
      }
    }
    return id;
  }

  /**
   * Public sessions of the matrix body: one open for questions with resident's question (supported,
   * answered during the rows), two questions to hide and merge, and a held one whose question
   * resident may make an appeal.
   */
  private void sessions(Map<String, String> f, String slug) {
    long open = session(slug, "OPEN_FOR_QUESTIONS");
    f.put("sessions/{id}", String.valueOf(open));
    f.put("questions/{qid}", String.valueOf(question(open, "resident")));
    f.put("hideQuestion", String.valueOf(question(open, "resident2")));
    f.put("mergeQuestion", String.valueOf(question(open, "resident2")));
    f.put("keptQuestion", String.valueOf(question(open, "resident")));
    long held = session(slug, "OPEN_FOR_QUESTIONS");
    long owed = question(held, "resident");
    transition(held, "{\"to\":\"LIVE\"}");
    transition(held, "{\"to\":\"HELD\",\"minutes\":\"Хаттама\",\"attendance\":10}");
    f.put("heldSession", String.valueOf(held));
    f.put("heldQuestion", String.valueOf(owed));
    OffsetDateTime inTenDays = OffsetDateTime.now(ZoneOffset.ofHours(5)).plusDays(10).withNano(0);
    f.put("inTenDays", inTenDays.toString());
    f.put("inTenDaysEnd", inTenDays.plusHours(2).toString());
  }

  private long session(String slug, String to) {
    String starts = OffsetDateTime.now(ZoneOffset.ofHours(5)).plusDays(10).withNano(0).toString();
    String ends =
        OffsetDateTime.now(ZoneOffset.ofHours(5)).plusDays(10).plusHours(2).withNano(0).toString();
    long id =
        id(
            expect(
                http.postJson(
                    "api/v1/bodies/" + slug + "/sessions",
                    "{\"type\":\"REPORTING_MEETING\",\"title\":\"Матрица жиыны\",\"startsAt\":\""
                        + starts
                        + "\",\"endsAt\":\""
                        + ends
                        + "\"}",
                    kenes.tokenFor("official")),
                201),
            "id");
    transition(id, "{\"to\":\"" + to + "\"}");
    return id;
  }

  private void transition(long session, String json) {
    expect(
        http.postJson(
            "api/v1/sessions/" + session + "/transitions", json, kenes.tokenFor("official")),
        200);
  }

  private long question(long session, String asker) {
    return id(
        expect(
            http.postJson(
                "api/v1/sessions/" + session + "/questions",
                "{\"text\":\"Матрица сұрағы: су қашан беріледі? "
                    + UUID.randomUUID()
                    + "\",\"category\":\"WATER_SUPPLY\"}",
                kenes.tokenFor(asker)),
            201),
        "id");
  }

  private long open(String slug, String type) {
    return id(
        expect(
            http.postJson(
                "api/v1/bodies/" + slug + "/threads",
                ApiIT.threadJson(
                    type, "Матрица тақырыбы " + UUID.randomUUID(), "Ауылда су жоқ.", "OTHER"),
                kenes.tokenFor("resident")),
            201),
        "id");
  }

  private long reply(long thread) {
    return id(
        expect(
            http.postJson(
                "api/v1/threads/" + thread + "/posts",
                "{\"body\":\"Матрица жазбасы " + UUID.randomUUID() + "\"}",
                kenes.tokenFor("resident")),
            201),
        "id");
  }

  private HttpResponse<String> flag(long post) {
    return http.postJson(
        "api/v1/posts/" + post + "/flags", "{\"reason\":\"SPAM\"}", kenes.tokenFor("resident2"));
  }

  private long version(long item) {
    return Json.parse(
            expect(http.get("api/v1/moderation/items/" + item, kenes.tokenFor("moderator")), 200)
                .body())
        .getJsonObject("item")
        .getJsonNumber("version")
        .longValue();
  }

  private long escalate(long post) {
    return id(
        expect(
            http.postJson("api/v1/posts/" + post + "/escalation", "", kenes.tokenFor("resident")),
            201),
        "id");
  }

  private long notificationOfResident() {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      var list =
          Json.structure(
                  expect(
                          http.get("api/v1/notifications?unread=true", kenes.tokenFor("resident")),
                          200)
                      .body())
              .asJsonArray();
      if (!list.isEmpty()) {
        return list.getJsonObject(0).getJsonNumber("id").longValue();
      }
      sleep(200);
    }
    return fail("resident got no notification of the reply");
  }

  /** The matrix's last row starts a reindex; the tests after this one need a ready index. */
  private void waitForTheReindex() {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> state = http.get("api/v1/admin/search/reindex", kenes.tokenFor("admin"));
      if (state.statusCode() == 200 && !Json.parse(state.body()).getBoolean("running")) {
        return;
      }
      sleep(250);
    }
    fail("the reindex did not finish within 2 minutes");
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as("fixture %s: %s", response.request().uri(), response.body())
        .isEqualTo(status);
    return response;
  }

  private static long id(HttpResponse<String> response, String field) {
    return Json.parse(response.body()).getJsonNumber(field).longValue();
  }

  private static String abbreviate(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
  }

  private static void sleep(long millis) {
    try {
      java.lang.Thread.sleep(millis);
    } catch (InterruptedException e) {
      java.lang.Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
