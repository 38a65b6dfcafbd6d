package kz.kenes.web.it;

import static kz.kenes.web.it.ApiIT.assertProblem;
import static kz.kenes.web.it.ApiIT.quote;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Public sessions through the API with real Keycloak tokens (issue 14): the "Done when" cycle with
 * the demo users, the refusals of every operation, and supports sent at once counted exactly.
 */
@KenesIT
class SessionsIT {
  static final ZoneOffset KZ = ZoneOffset.ofHours(5);
  static final String BODY = "aktogay-district-akimat";

  Kenes kenes;
  Http http;

  String token(String user) {
    return kenes.tokenFor(user);
  }

  /** A session of {@code body} scheduled by {@code official}, starting in three days at 10:00. */
  long schedule(String body, String type) {
    OffsetDateTime starts =
        OffsetDateTime.now(KZ).plusDays(3).withHour(10).truncatedTo(ChronoUnit.HOURS);
    HttpResponse<String> created =
        http.postJson(
            "api/v1/bodies/" + body + "/sessions",
            sessionJson(type, starts, starts.plusHours(2)),
            token("official"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject view = Json.parse(created.body());
    assertThat(view.getString("status")).isEqualTo("SCHEDULED");
    return view.getJsonNumber("id").longValue();
  }

  static String sessionJson(String type, OffsetDateTime starts, OffsetDateTime ends) {
    return "{\"type\":"
        + quote(type)
        + ",\"title\":\"Әкімнің тұрғындарға есебі\",\"startsAt\":"
        + quote(starts.toString())
        + ",\"endsAt\":"
        + quote(ends.toString())
        + ",\"place\":\"Ақтоғай, мәдениет үйі\",\"onlineUrl\":\"https://example.kz/live\","
        + "\"agenda\":\"1. Су\\n2. Жолдар <script>alert(1)</script>\"}";
  }

  HttpResponse<String> move(long session, String json, String user) {
    return http.postJson(
        "api/v1/sessions/" + session + "/transitions", json, user == null ? null : token(user));
  }

  void moveOk(long session, String json) {
    HttpResponse<String> moved = move(session, json, "official");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
  }

  HttpResponse<String> ask(long session, String text, String user) {
    return http.postJson(
        "api/v1/sessions/" + session + "/questions",
        "{\"text\":" + quote(text) + ",\"category\":\"WATER_SUPPLY\"}",
        user == null ? null : token(user));
  }

  long asked(long session, String text, String user) {
    HttpResponse<String> response = ask(session, text, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Json.parse(response.body()).getJsonNumber("id").longValue();
  }

  HttpResponse<String> support(long session, long question, String user) {
    return http.postJson(
        "api/v1/sessions/" + session + "/questions/" + question + "/supports",
        "",
        user == null ? null : token(user));
  }

  JsonObject read(long session) {
    HttpResponse<String> response = http.get("api/v1/sessions/" + session);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.parse(response.body());
  }

  /** The member's in-app notifications about {@code session}, newest first, as kinds. */
  List<String> notices(String user, long session) {
    HttpResponse<String> response = http.get("api/v1/notifications?limit=100", token(user));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> kinds = new ArrayList<>();
    for (JsonObject n :
        ((jakarta.json.JsonArray) Json.structure(response.body())).getValuesAs(JsonObject.class)) {
      if (n.getString("link").endsWith("/sessions/" + session)) {
        // a notification without a thread: the session's title and body, never a question's text
        assertThat(n.isNull("threadId")).as(n.toString()).isTrue();
        assertThat(n.getString("title")).isEqualTo("Әкімнің тұрғындарға есебі");
        assertThat(n.getString("bodySlug")).isEqualTo(BODY);
        kinds.add(n.getString("kind"));
      }
    }
    return kinds;
  }

  @Test
  void doneWhenTheWholeCycleEndsInAnAnswerAWrittenAnswerDueAndARegisteredAppeal() throws Exception {
    long session = schedule(BODY, "REPORTING_MEETING");
    HttpResponse<String> followed =
        http.putJson("api/v1/bodies/" + BODY + "/follow", "", token("resident3"));
    assertThat(followed.statusCode()).as(followed.body()).isEqualTo(204);
    moveOk(session, "{\"to\":\"OPEN_FOR_QUESTIONS\"}");

    long first = asked(session, "Ауылға ауыз су қашан беріледі?", "resident");
    assertThat(support(session, first, "resident2").statusCode()).isEqualTo(201);
    assertThat(support(session, first, "resident3").statusCode()).isEqualTo(201);
    assertProblem(support(session, first, "resident2"), 409);
    assertProblem(support(session, first, "resident"), 409);
    long second = asked(session, "Жол жөндеуі қашан басталады?", "resident2");

    JsonObject open = read(session);
    assertThat(open.getString("status")).isEqualTo("OPEN_FOR_QUESTIONS");
    List<JsonObject> questions = open.getJsonArray("questions").getValuesAs(JsonObject.class);
    assertThat(questions)
        .extracting(q -> q.getJsonNumber("id").longValue())
        .containsExactly(first, second);
    assertThat(questions.get(0).getInt("supports")).isEqualTo(2);
    // the agenda is cooked by the one sanitizer policy
    assertThat(open.getString("agendaHtml")).contains("Су").doesNotContain("<script");

    moveOk(session, "{\"to\":\"LIVE\"}");
    HttpResponse<String> now =
        http.postJson(
            "api/v1/sessions/" + session + "/questions/" + first + "/now-answering",
            "",
            token("official"));
    assertThat(now.statusCode()).as(now.body()).isEqualTo(200);
    assertThat(read(session).getJsonNumber("nowAnswering").longValue()).isEqualTo(first);
    HttpResponse<String> answered =
        http.postJson(
            "api/v1/sessions/" + session + "/questions/" + first + "/answer",
            "{\"mode\":\"AT_SESSION\",\"text\":\"Су 20 желтоқсанда беріледі.\"}",
            token("official"));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    moveOk(
        session,
        "{\"to\":\"HELD\",\"minutes\":\"Есеп тыңдалды, 2 сұрақ.\",\"attendance\":140,"
            + "\"recordingUrl\":\"https://example.kz/rec\"}");

    JsonObject held = read(session);
    assertThat(held.getString("status")).isEqualTo("HELD");
    assertThat(held.getString("minutes")).contains("Есеп тыңдалды");
    assertThat(held.getInt("attendance")).isEqualTo(140);
    JsonObject firstView = question(held, first);
    assertThat(firstView.getString("status")).isEqualTo("ANSWERED_AT_SESSION");
    assertThat(firstView.getString("answer")).isEqualTo("Су 20 желтоқсанда беріледі.");
    JsonObject secondView = question(held, second);
    assertThat(secondView.getString("status")).isEqualTo("ANSWER_IN_WRITING");
    LocalDate due = LocalDate.parse(secondView.getString("writtenAnswerDue"));
    // 15 working days: at least three weeks after today
    assertThat(due).isAfterOrEqualTo(LocalDate.now(KZ).plusDays(21));
    assertThat(held.getJsonObject("counts").getInt("asked")).isEqualTo(2);
    assertThat(held.getJsonObject("counts").getInt("answeredAtSession")).isEqualTo(1);

    // only the asker makes it an appeal; the same draft when asked again
    String escalation = "api/v1/sessions/" + session + "/questions/" + second + "/escalation";
    assertProblem(http.postJson(escalation, "", token("resident")), 403);
    HttpResponse<String> draft = http.postJson(escalation, "", token("resident2"));
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    long appeal = Json.parse(draft.body()).getJsonNumber("id").longValue();
    assertThat(Json.parse(draft.body()).getString("status")).isEqualTo("DRAFT");
    HttpResponse<String> again = http.postJson(escalation, "", token("resident2"));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(Json.parse(again.body()).getJsonNumber("id").longValue()).isEqualTo(appeal);
    // the first question was answered at the session: it cannot become an appeal
    assertProblem(
        http.postJson(
            "api/v1/sessions/" + session + "/questions/" + first + "/escalation",
            "",
            token("resident")),
        409);

    HttpResponse<String> submitted =
        http.postJson(
            "api/v1/appeals/" + appeal + "/submit",
            "{\"fullName\":\"Айгерім Сәрсенова\",\"iin\":\"900101300126\","
                + "\"address\":\"Ақтоғай ауылы\",\"publishAnswer\":true}",
            token("resident2"));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    JsonObject registered = Json.parse(submitted.body());
    assertThat(registered.getString("status")).isEqualTo("REGISTERED");
    assertThat(registered.getString("channel")).isEqualTo("SESSION_QUESTION");
    String number = registered.getString("number");

    JsonObject after = read(session);
    JsonObject became = question(after, second);
    assertThat(became.getString("status")).isEqualTo("BECAME_APPEAL");
    assertThat(became.getJsonNumber("appealId").longValue()).isEqualTo(appeal);
    assertThat(became.getString("appealNumber")).isEqualTo(number);
    assertThat(after.getJsonObject("counts").getInt("appeals")).isEqualTo(1);

    // in the app: the body's follower heard that questions opened; each asker of each step
    assertThat(notices("resident3", session)).containsExactly("SESSION_OPEN");
    assertThat(notices("resident", session)).containsExactly("QUESTION_ANSWERED");
    assertThat(notices("resident2", session))
        .containsExactly("QUESTION_APPEAL_DRAFT", "QUESTION_ANSWER_DUE");

    // the public page says so, in each language
    HttpResponse<String> page = http.get("sessions/" + session + "?lang=en");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Became appeal No. " + number, "Answered at the session", "Су 20 желтоқсанда");
    assertThat(http.get("sessions/" + session + "?lang=ru").body())
        .contains("Стал обращением № " + number);
    assertThat(http.get("sessions/" + session).body()).contains("Өтініш № " + number);

    // the .ics file parses with DTSTART at the scheduled instant and SEQUENCE raised by 3 moves
    HttpResponse<String> ics = http.get("sessions/" + session + ".ics");
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
    VEvent event =
        new CalendarBuilder()
            .build(new StringReader(ics.body()))
            .<VEvent>getComponents(Component.VEVENT)
            .get(0);
    assertThat(event.getStartDate().getDate().toInstant())
        .isEqualTo(OffsetDateTime.parse(open.getString("startsAt")).toInstant());
    assertThat(event.getSequence().getSequenceNo()).isEqualTo(3);
    HttpResponse<String> feed = http.get("bodies/" + BODY + "/sessions.ics");
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.body()).contains("UID:session-" + session + "@kenes.kz");
  }

  @Test
  void postponingMovesTheDateKeepsTheLengthAndRaisesTheSequenceAndCancellingNeedsAReason() {
    long session = schedule(BODY, "PUBLIC_HEARING");
    OffsetDateTime later =
        OffsetDateTime.now(KZ).plusDays(20).withHour(15).truncatedTo(ChronoUnit.HOURS);
    assertProblem(move(session, "{\"to\":\"POSTPONED\"}", "official"), 400);
    moveOk(
        session,
        "{\"to\":\"POSTPONED\",\"reason\":\"Боран\",\"startsAt\":" + quote(later.toString()) + "}");
    JsonObject postponed = read(session);
    assertThat(postponed.getString("status")).isEqualTo("POSTPONED");
    assertThat(postponed.getString("reason")).isEqualTo("Боран");
    assertThat(OffsetDateTime.parse(postponed.getString("startsAt")).toInstant())
        .isEqualTo(later.toInstant());
    assertThat(OffsetDateTime.parse(postponed.getString("endsAt")).toInstant())
        .isEqualTo(later.plusHours(2).toInstant());
    assertThat(postponed.getInt("sequence")).isEqualTo(1);
    assertProblem(move(session, "{\"to\":\"CANCELLED\"}", "official"), 400);
    moveOk(session, "{\"to\":\"CANCELLED\",\"reason\":\"Болмайды\"}");
    assertProblem(move(session, "{\"to\":\"OPEN_FOR_QUESTIONS\"}", "official"), 409);
    assertThat(http.get("sessions/" + session + ".ics").body()).contains("STATUS:CANCELLED");
  }

  @Test
  void everyOperationRefusesAsTheRulesSay() {
    OffsetDateTime starts = OffsetDateTime.now(KZ).plusDays(3);
    String json = sessionJson("REPORTING_MEETING", starts, starts.plusHours(1));
    String schedule = "api/v1/bodies/" + BODY + "/sessions";
    assertProblem(http.postJson(schedule, json, null), 401);
    assertProblem(http.postJson(schedule, json, token("resident")), 403);
    assertProblem(http.postJson(schedule, json, token("official2")), 403);
    assertProblem(
        http.postJson("api/v1/bodies/no-such-body/sessions", json, token("official")), 404);
    HttpResponse<String> bad =
        http.postJson(
            schedule,
            "{\"type\":\"PARTY\",\"title\":\"x\",\"startsAt\":\"tomorrow\",\"endsAt\":"
                + quote(starts.minusDays(5).toString())
                + ",\"onlineUrl\":\"javascript:alert(1)\"}",
            token("official"));
    assertProblem(bad, 400);
    assertThat(Json.parse(bad.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("type", "title", "startsAt", "onlineUrl");
    assertProblem(http.postJson(schedule, "{not json", token("official")), 400);
    String past =
        sessionJson("REPORTING_MEETING", starts.minusDays(10), starts.minusDays(10).plusHours(1));
    assertProblem(http.postJson(schedule, past, token("official")), 400);

    long session = schedule(BODY, "REPORTING_MEETING");
    assertProblem(http.get("api/v1/sessions/987654321"), 404);
    assertThat(http.get("sessions/987654321").statusCode()).isEqualTo(404);
    assertThat(http.get("sessions/987654321.ics").statusCode()).isEqualTo(404);
    // transitions
    assertProblem(move(session, "{\"to\":\"LIVE\"}", null), 401);
    assertProblem(move(session, "{\"to\":\"LIVE\"}", "resident"), 403);
    assertProblem(move(session, "{\"to\":\"LIVE\"}", "official2"), 403);
    assertProblem(move(session, "{\"to\":\"NOWHERE\"}", "official"), 400);
    assertProblem(move(session, "{\"to\":\"LIVE\"}", "official"), 409);
    assertProblem(move(session, "{\"to\":\"HELD\",\"minutes\":\"x\"}", "official"), 400);
    assertProblem(
        http.postJson(
            "api/v1/sessions/987654321/transitions", "{\"to\":\"LIVE\"}", token("official")),
        404);
    // questions: 409 until the session is open
    assertProblem(ask(session, "Ауылға ауыз су қашан беріледі?", "resident"), 409);
    moveOk(session, "{\"to\":\"OPEN_FOR_QUESTIONS\"}");
    assertProblem(ask(session, "Ауылға ауыз су қашан беріледі?", null), 401);
    assertProblem(ask(session, "қысқа", "resident"), 400);
    assertProblem(ask(987654321, "Ауылға ауыз су қашан беріледі?", "resident"), 404);
    long question = asked(session, "Ауылға ауыз су қашан беріледі?", "resident");
    // supports
    assertProblem(support(session, question, null), 401);
    assertProblem(support(session, 987654321, "resident2"), 404);
    assertProblem(support(session, question, "resident"), 409);
    // answers: staff only; AT_SESSION only while live; a mode and a text
    String answer = "api/v1/sessions/" + session + "/questions/" + question + "/answer";
    String atSession = "{\"mode\":\"AT_SESSION\",\"text\":\"Су беріледі.\"}";
    assertProblem(http.postJson(answer, atSession, null), 401);
    assertProblem(http.postJson(answer, atSession, token("resident2")), 403);
    assertProblem(http.postJson(answer, atSession, token("official2")), 403);
    assertProblem(http.postJson(answer, "{\"mode\":\"LOUDLY\"}", token("official")), 400);
    assertProblem(http.postJson(answer, atSession, token("official")), 409);
    assertProblem(
        http.postJson(
            "api/v1/sessions/" + session + "/questions/987654321/answer",
            atSession,
            token("official")),
        404);
    // now answering: only while live
    String now = "api/v1/sessions/" + session + "/questions/" + question + "/now-answering";
    assertProblem(http.postJson(now, "", token("resident")), 403);
    assertProblem(http.postJson(now, "", token("official")), 409);
    // hide: moderators only, with a reason
    String hide = "api/v1/sessions/" + session + "/questions/" + question + "/hide";
    assertProblem(http.postJson(hide, "{\"reason\":\"Спам\"}", token("official")), 403);
    assertProblem(http.postJson(hide, "{}", token("moderator")), 400);
    // merge: into another question of the session
    String merge = "api/v1/sessions/" + session + "/questions/" + question + "/merge";
    assertProblem(http.postJson(merge, "{\"into\":" + question + "}", token("official")), 400);
    assertProblem(http.postJson(merge, "{\"into\":987654321}", token("official")), 400);
    assertProblem(http.postJson(merge, "{\"into\":1}", token("resident")), 403);
    // escalation: the asker's, and only after the session was held without an answer
    String escalation = "api/v1/sessions/" + session + "/questions/" + question + "/escalation";
    assertProblem(http.postJson(escalation, "", null), 401);
    assertProblem(http.postJson(escalation, "", token("resident2")), 403);
    assertProblem(http.postJson(escalation, "", token("resident")), 409);
    // lists
    assertThat(http.get("api/v1/bodies/no-such-body/sessions").statusCode()).isEqualTo(404);
    assertThat(http.get("api/v1/bodies/" + BODY + "/sessions").body())
        .contains("\"id\":" + session);
    assertThat(http.get("api/v1/sessions/upcoming").body()).contains("\"id\":" + session);
  }

  @Test
  void mergingCarriesSupportersAndTheAskerAndHidingTakesAQuestionOffTheList() {
    long session = schedule(BODY, "COUNCIL_SESSION");
    moveOk(session, "{\"to\":\"OPEN_FOR_QUESTIONS\"}");
    long kept = asked(session, "Мектеп жылу жүйесі қашан жөнделеді?", "resident");
    long duplicate = asked(session, "Мектептің жылу жүйесін жөндеу қашан?", "resident2");
    assertThat(support(session, duplicate, "resident3").statusCode()).isEqualTo(201);
    assertThat(support(session, duplicate, "resident").statusCode()).isEqualTo(201);
    assertThat(support(session, kept, "resident3").statusCode()).isEqualTo(201);
    // similar questions while typing
    HttpResponse<String> similar =
        http.get(
            "api/v1/sessions/"
                + session
                + "/similar?text=%D0%BC%D0%B5%D0%BA%D1%82%D0%B5%D0%BF%20%D0%B6%D1%8B%D0%BB%D1%83");
    assertThat(similar.statusCode()).isEqualTo(200);
    assertThat(similar.body()).contains("\"id\":" + kept, "\"id\":" + duplicate);

    HttpResponse<String> merged =
        http.postJson(
            "api/v1/sessions/" + session + "/questions/" + duplicate + "/merge",
            "{\"into\":" + kept + "}",
            token("moderator"));
    assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
    // resident3 supported both (counted once), resident asked the kept one (not counted),
    // resident2 asked the duplicate (now a supporter)
    assertThat(Json.parse(merged.body()).getInt("supports")).isEqualTo(2);
    JsonObject view = read(session);
    assertThat(view.getJsonArray("questions").getValuesAs(JsonObject.class))
        .extracting(q -> q.getJsonNumber("id").longValue())
        .containsExactly(kept);
    assertProblem(support(session, duplicate, "resident4"), 409);

    long spam = asked(session, "Сатамын арзан көмір, хабарласыңыз!", "resident4");
    HttpResponse<String> hidden =
        http.postJson(
            "api/v1/sessions/" + session + "/questions/" + spam + "/hide",
            "{\"reason\":\"Жарнама\"}",
            token("moderator"));
    assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
    assertThat(read(session).toString()).doesNotContain("арзан көмір");
    assertProblem(support(session, spam, "resident"), 404);
    HttpResponse<String> audit =
        http.get("api/v1/admin/audit?action=session.question.hide", token("admin"));
    assertThat(audit.body()).contains("\"actor\":\"moderator\"");
  }

  @Test
  void aFlaggedQuestionIsReviewedAndHiddenAndItsTextLeaksNowhere() throws Exception {
    long session = schedule(BODY, "PUBLIC_HEARING");
    moveOk(session, "{\"to\":\"OPEN_FOR_QUESTIONS\"}");
    String marker = "жасырынсөз" + Long.toString(System.nanoTime(), 36);
    String secret = "Көршімнің телефоны мынау, " + marker + ", оны жазалаңыздар";
    long question = asked(session, secret, "resident");
    String flags = "api/v1/sessions/" + session + "/questions/" + question + "/flags";

    // the refusals: 401 anonymous, 400 bad reason or OTHER without a note, 404 unknown question
    // or another session's, 409 one's own question and a second flag
    assertProblem(http.postJson(flags, "{\"reason\":\"SPAM\"}", null), 401);
    HttpResponse<String> bad = http.postJson(flags, "{\"reason\":\"NOPE\"}", token("resident2"));
    assertProblem(bad, 400);
    assertThat(bad.body()).contains("\"reason\"");
    HttpResponse<String> noNote =
        http.postJson(flags, "{\"reason\":\"OTHER\"}", token("resident2"));
    assertProblem(noNote, 400);
    assertThat(noNote.body()).contains("\"note\"");
    assertProblem(http.postJson(flags, "{not json", token("resident2")), 400);
    assertProblem(
        http.postJson(
            "api/v1/sessions/" + session + "/questions/999999999/flags",
            "{\"reason\":\"SPAM\"}",
            token("resident2")),
        404);
    assertProblem(
        http.postJson(
            "api/v1/sessions/999999999/questions/" + question + "/flags",
            "{\"reason\":\"SPAM\"}",
            token("resident2")),
        404);
    assertProblem(http.postJson(flags, "{\"reason\":\"SPAM\"}", token("resident")), 409);
    HttpResponse<String> flagged =
        http.postJson(
            flags, "{\"reason\":\"PERSONAL_DATA\",\"note\":\"телефон\"}", token("resident2"));
    assertThat(flagged.statusCode()).as(flagged.body()).isEqualTo(201);
    long item = Json.parse(flagged.body()).getJsonNumber("itemId").longValue();
    assertProblem(http.postJson(flags, "{\"reason\":\"SPAM\"}", token("resident2")), 409);
    // flagged, it stays on the list until a moderator decides
    assertThat(read(session).toString()).contains(marker);

    // the body's moderators find it in their review queue; others may not look or decide
    HttpResponse<String> queue =
        http.get("api/v1/moderation/queue?body=" + BODY, token("moderator"));
    assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
    JsonObject listed =
        Json.parse(queue.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(i -> i.getJsonNumber("id").longValue() == item)
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("target")).isEqualTo("QUESTION");
    assertThat(listed.getJsonNumber("questionId").longValue()).isEqualTo(question);
    assertThat(listed.getJsonNumber("sessionId").longValue()).isEqualTo(session);
    assertThat(listed.isNull("postId")).isTrue();
    HttpResponse<String> details = http.get("api/v1/moderation/items/" + item, token("moderator"));
    assertThat(details.statusCode()).as(details.body()).isEqualTo(200);
    assertThat(Json.parse(details.body()).getString("questionText")).isEqualTo(secret);
    assertThat(Json.parse(details.body()).getJsonArray("flags").toString())
        .contains("PERSONAL_DATA");
    assertProblem(http.get("api/v1/moderation/items/" + item, token("official2")), 403);
    long version = listed.getJsonNumber("version").longValue();
    String act = "api/v1/moderation/items/" + item + "/actions";
    String hide = "{\"action\":\"HIDE\",\"reason\":\"Жеке деректер\",\"version\":" + version + "}";
    assertProblem(http.postJson(act, hide, null), 401);
    assertProblem(http.postJson(act, hide, token("resident2")), 403);
    assertProblem(http.postJson(act, hide, token("official2")), 403);
    // a post's actions make no sense on a question; HIDE needs a reason
    assertProblem(
        http.postJson(
            act,
            "{\"action\":\"LOCK\",\"reason\":\"x\",\"version\":" + version + "}",
            token("moderator")),
        400);
    assertProblem(
        http.postJson(act, "{\"action\":\"HIDE\",\"version\":" + version + "}", token("moderator")),
        400);
    HttpResponse<String> hidden = http.postJson(act, hide, token("moderator"));
    assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
    assertThat(Json.parse(hidden.body()).getString("status")).isEqualTo("HIDDEN");
    // decided: a second decision at the same version is a conflict, and so is a new flag
    assertProblem(http.postJson(act, hide, token("moderator")), 409);
    assertProblem(http.postJson(flags, "{\"reason\":\"SPAM\"}", token("resident3")), 409);

    // the hidden text is nowhere: the API, the page in each language, the .ics, the similar
    // questions, the body's feed, the notifications
    assertThat(read(session).toString()).doesNotContain(marker);
    for (String lang : List.of("kk", "ru", "en")) {
      assertThat(http.get("sessions/" + session + "?lang=" + lang).body()).doesNotContain(marker);
    }
    assertThat(http.get("sessions/" + session + ".ics").body()).doesNotContain(marker);
    assertThat(http.get("bodies/" + BODY + "/sessions.ics").body()).doesNotContain(marker);
    HttpResponse<String> like =
        http.get(
            "api/v1/sessions/"
                + session
                + "/similar?text="
                + java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(like.statusCode()).isEqualTo(200);
    assertThat(like.body()).doesNotContain(marker).doesNotContain("\"id\":" + question);
    // the asker hears of it, without the text
    assertThat(notices("resident", session)).contains("QUESTION_MODERATED");
    HttpResponse<String> mine = http.get("api/v1/notifications?limit=100", token("resident"));
    assertThat(mine.body()).doesNotContain(marker);
  }

  @Test
  void speakersAreOfficialsOfTheBodyOrAboveAndShowOnThePageAndInTheCalendar() throws Exception {
    OffsetDateTime starts =
        OffsetDateTime.now(KZ).plusDays(4).withHour(9).truncatedTo(ChronoUnit.HOURS);
    String base = sessionJson("REPORTING_MEETING", starts, starts.plusHours(2));
    String schedule = "api/v1/bodies/" + BODY + "/sessions";
    // a resident, an official of another body, an unknown name: 400 on the field, nothing made
    for (String who : List.of("resident", "official2", "no-such-user-xyz")) {
      HttpResponse<String> refused =
          http.postJson(
              schedule,
              base.replace("}", ",\"speakers\":[\"official\"," + quote(who) + "]}"),
              token("official"));
      assertProblem(refused, 400);
      assertThat(refused.body()).as(who).contains("\"speakers\"");
    }
    HttpResponse<String> created =
        http.postJson(
            schedule,
            base.replace("}", ",\"speakers\":[\"official\",\"official\"]}"),
            token("official"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long session = Json.parse(created.body()).getJsonNumber("id").longValue();

    List<String> speakers =
        read(session).getJsonArray("speakers").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertThat(speakers).hasSize(1);
    String name = speakers.get(0);
    assertThat(name).isNotBlank();
    assertThat(http.get("sessions/" + session + "?lang=en").body()).contains("Speakers", name);
    VEvent event =
        new CalendarBuilder()
            .build(new StringReader(http.get("sessions/" + session + ".ics").body()))
            .<VEvent>getComponents(Component.VEVENT)
            .get(0);
    assertThat(event.getDescription().getValue()).contains(name);
  }

  @Test
  void supportsSentAtOnceAreCountedExactly() throws Exception {
    long session = schedule(BODY, "DEPUTY_RECEPTION");
    moveOk(session, "{\"to\":\"OPEN_FOR_QUESTIONS\"}");
    long question = asked(session, "Аулаға балалар алаңы салына ма?", "resident");
    List<String> members =
        List.of(
            "resident2",
            "resident3",
            "resident4",
            "official",
            "official2",
            "moderator",
            "admin",
            "operator");
    members.forEach(this::token);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (String member : members) {
        for (int twice = 0; twice < 2; twice++) {
          calls.add(() -> support(session, question, member).statusCode());
        }
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls, 2, TimeUnit.MINUTES)) {
        statuses.add(f.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(members.size());
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(members.size());
    } finally {
      pool.shutdownNow();
    }
    assertThat(question(read(session), question).getInt("supports")).isEqualTo(members.size());
  }

  static JsonObject question(JsonObject session, long id) {
    return session.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
        .filter(q -> q.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow();
  }
}
