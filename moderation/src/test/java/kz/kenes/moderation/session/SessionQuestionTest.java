package kz.kenes.moderation.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.moderation.appeal.AppealClock;
import kz.kenes.moderation.calendar.SeedFile;
import org.junit.jupiter.api.Test;

/** Ordering of questions, the written-answer deadline on the RK calendar, and question steps. */
class SessionQuestionTest {
  static final PublicSession SESSION =
      Sessions.session(
          7,
          "Әкімнің есебі",
          Instant.parse("2026-12-10T05:00:00Z"),
          Instant.parse("2026-12-10T07:00:00Z"));

  @Test
  void questionsAreOrderedByMostSupportsThenTheEarlierFirst() {
    List<SessionQuestion> questions =
        new ArrayList<>(
            List.of(
                Sessions.question(SESSION, 1, 2),
                Sessions.question(SESSION, 2, 20),
                Sessions.question(SESSION, 3, 0),
                Sessions.question(SESSION, 4, 20),
                Sessions.question(SESSION, 5, 3)));
    Collections.shuffle(questions, new java.util.Random(14));
    questions.sort(SessionQuestion.BY_SUPPORTS);
    assertThat(questions).extracting(SessionQuestion::id).containsExactly(2L, 4L, 5L, 1L, 3L);
  }

  @Test
  void theWrittenAnswerIsDue15WorkingDaysAfterTheDayInKazakhstanSkippingHolidays() {
    AppealClock legal = new AppealClock(SeedFile.calendar());
    // held on Friday 11 December 2026 in Kazakhstan (still the 10th in UTC): 16 December
    // (Independence Day), 1 and 2 January and 4 January 2027 (carried over) are not counted
    assertThat(SessionService.writtenAnswerDue(legal, Instant.parse("2026-12-10T19:30:00Z")))
        .isEqualTo(LocalDate.of(2027, 1, 6));
    // the day before in Kazakhstan too: one working day earlier
    assertThat(SessionService.writtenAnswerDue(legal, Instant.parse("2026-12-10T12:00:00Z")))
        .isEqualTo(LocalDate.of(2027, 1, 5));
    // a stretch without holidays: 15 working days are three weeks
    assertThat(SessionService.writtenAnswerDue(legal, Instant.parse("2026-09-02T06:00:00Z")))
        .isEqualTo(LocalDate.of(2026, 9, 23));
    // Republic Day (25 October 2026, a Sunday) carried over to Monday 26 October
    assertThat(SessionService.writtenAnswerDue(legal, Instant.parse("2026-10-07T06:00:00Z")))
        .isEqualTo(LocalDate.of(2026, 10, 29));
  }

  @Test
  void aQuestionAnsweredAtTheSessionIsSettledAndCannotBeAnsweredAgainOrMerged() {
    SessionQuestion question = Sessions.question(SESSION, 1, 0);
    question.answeredAtSession("Су 20 желтоқсанда беріледі.", "Ресми Тұлға", Instant.now());
    assertThat(question.status()).isEqualTo(QuestionStatus.ANSWERED_AT_SESSION);
    assertThatThrownBy(() -> question.owedInWriting(null))
        .isInstanceOf(DomainException.Conflict.class);
    assertThatThrownBy(() -> question.mergeInto(Sessions.question(SESSION, 2, 0)))
        .isInstanceOf(DomainException.Conflict.class);
  }

  @Test
  void aQuestionOwedInWritingGetsItsDueDateAndCanStillBeAnsweredInWriting() {
    SessionQuestion question = Sessions.question(SESSION, 1, 0);
    question.owedInWriting("");
    question.dueInWriting(LocalDate.of(2027, 1, 6));
    assertThat(question.status()).isEqualTo(QuestionStatus.ANSWER_IN_WRITING);
    assertThat(question.writtenAnswerDue()).contains(LocalDate.of(2027, 1, 6));
    question.answeredInWriting("Жауап хатпен жіберілді.", "Ресми Тұлға", Instant.now());
    assertThat(question.status()).isEqualTo(QuestionStatus.ANSWERED_IN_WRITING);
  }

  @Test
  void similarQuestionsShareWordStemsAcrossSuffixes() {
    var wanted = SimilarQuestions.stems("Ауылдағы ауыз су қашан беріледі?");
    assertThat(SimilarQuestions.score(wanted, SimilarQuestions.stems("Ауылда ауыз суы жоқ")))
        .isGreaterThanOrEqualTo(0.3);
    assertThat(SimilarQuestions.score(wanted, SimilarQuestions.stems("Жол жөндеу туралы")))
        .isZero();
  }
}
