package kz.kenes.forum.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kenes.forum.body.Body;

/** Surveys, who took part, what was answered, and leaders with their yearly ratings, as stored. */
@ApplicationScoped
public class SurveyRepository {
  private static final String IN_SURVEY =
      " a.questionId in (select q.id from SurveyQuestion q where q.survey.id = :s)";

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<Survey> find(long id) {
    return em.createQuery("select s from Survey s join fetch s.body where s.id = :id", Survey.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /**
   * The survey, its row locked until the transaction ends: responses to one survey are taken one
   * after the other, so that of two concurrent responses of one person exactly one is kept.
   */
  public Optional<Survey> lock(long id) {
    return Optional.ofNullable(em.find(Survey.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Reads the survey again under its row lock (held to the end of the transaction). */
  public Survey lockAgain(Survey survey) {
    em.refresh(survey, LockModeType.PESSIMISTIC_WRITE);
    return survey;
  }

  public List<Survey> forBody(Body body, int max) {
    return em.createQuery(
            "select s from Survey s join fetch s.body where s.body = :b order by s.id desc",
            Survey.class)
        .setParameter("b", body)
        .setMaxResults(max)
        .getResultList();
  }

  /** Open surveys whose closing time passed, at most 100 at a time. */
  public List<Survey> due(java.time.Instant now) {
    return em.createQuery(
            "select s from Survey s where s.status = :open and s.closesAt <= :now order by s.id",
            Survey.class)
        .setParameter("open", SurveyStatus.OPEN)
        .setParameter("now", now)
        .setMaxResults(100)
        .getResultList();
  }

  public Optional<Survey> ratingOf(Body body, int year) {
    return em.createQuery(
            "select s from Survey s where s.body = :b and s.ratingYear = :y", Survey.class)
        .setParameter("b", body)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }

  public boolean memberTookPart(long surveyId, long memberId) {
    return em.createQuery(
                "select count(p) from SurveyParticipant p where p.surveyId = :s and p.memberId"
                    + " = :m",
                Long.class)
            .setParameter("s", surveyId)
            .setParameter("m", memberId)
            .getSingleResult()
        > 0;
  }

  /** How the phone took part (online or on paper), if it did. */
  public Optional<SurveyChannel> phoneTookPart(long surveyId, String phone) {
    return em.createQuery(
            "select p.channel from SurveyParticipant p where p.surveyId = :s and p.phone = :p",
            SurveyChannel.class)
        .setParameter("s", surveyId)
        .setParameter("p", phone)
        .getResultStream()
        .findFirst();
  }

  public Map<SurveyChannel, Long> responsesByChannel(long surveyId) {
    Map<SurveyChannel, Long> counts = new EnumMap<>(SurveyChannel.class);
    em.createQuery(
            "select r.channel, count(r) from SurveyResponse r where r.surveyId = :s group by"
                + " r.channel",
            Object[].class)
        .setParameter("s", surveyId)
        .getResultList()
        .forEach(row -> counts.put((SurveyChannel) row[0], (Long) row[1]));
    return counts;
  }

  public List<SurveyResults.Tally> tallies(long surveyId) {
    List<SurveyResults.Tally> tallies = new ArrayList<>();
    em.createQuery(
            "select a.questionId, a.optionKey, a.rating, count(a) from SurveyAnswer a where"
                + IN_SURVEY
                + " and a.text is null group by a.questionId, a.optionKey, a.rating",
            Object[].class)
        .setParameter("s", surveyId)
        .getResultList()
        .forEach(
            r ->
                tallies.add(
                    new SurveyResults.Tally(
                        (Long) r[0], (String) r[1], (Integer) r[2], (Long) r[3])));
    return tallies;
  }

  /** Per question, how many responses answered it. */
  public Map<Long, Long> answeredByQuestion(long surveyId) {
    Map<Long, Long> answered = new HashMap<>();
    em.createQuery(
            "select a.questionId, count(distinct a.responseId) from SurveyAnswer a where"
                + IN_SURVEY
                + " group by a.questionId",
            Object[].class)
        .setParameter("s", surveyId)
        .getResultList()
        .forEach(r -> answered.put((Long) r[0], (Long) r[1]));
    return answered;
  }

  /**
   * Per question, the approved texts in the order of their text: never in the order they came,
   * which would let someone who knows when a person answered pick their text out.
   */
  public Map<Long, List<String>> approvedTexts(long surveyId) {
    Map<Long, List<String>> texts = new LinkedHashMap<>();
    em.createQuery(
            "select a.questionId, a.text from SurveyAnswer a where"
                + IN_SURVEY
                + " and a.textStatus = :approved order by a.text, a.id",
            Object[].class)
        .setParameter("s", surveyId)
        .setParameter("approved", TextStatus.APPROVED)
        .getResultList()
        .forEach(
            r -> texts.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    return texts;
  }

  public List<SurveyAnswer> textsWaiting(long surveyId, int max) {
    return em.createQuery(
            "select a from SurveyAnswer a where"
                + IN_SURVEY
                + " and a.textStatus = :pending order by a.id",
            SurveyAnswer.class)
        .setParameter("s", surveyId)
        .setParameter("pending", TextStatus.PENDING)
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<SurveyAnswer> answer(long surveyId, long answerId) {
    return em.createQuery(
            "select a from SurveyAnswer a where a.id = :id and" + IN_SURVEY, SurveyAnswer.class)
        .setParameter("id", answerId)
        .setParameter("s", surveyId)
        .getResultStream()
        .findFirst();
  }

  /** Every response (random order: by its random id) with its channel. */
  public List<SurveyResponse> responses(long surveyId) {
    return em.createQuery(
            "select r from SurveyResponse r where r.surveyId = :s order by r.id",
            SurveyResponse.class)
        .setParameter("s", surveyId)
        .getResultList();
  }

  public List<SurveyAnswer> answers(long surveyId) {
    return em.createQuery(
            "select a from SurveyAnswer a where" + IN_SURVEY + " order by a.responseId, a.id",
            SurveyAnswer.class)
        .setParameter("s", surveyId)
        .getResultList();
  }

  public List<Leader> leaders(Body body) {
    return em.createQuery(
            "select l from Leader l where l.body = :b order by l.sortOrder, l.id", Leader.class)
        .setParameter("b", body)
        .getResultList();
  }

  public Optional<Leader> leader(long id) {
    return em.createQuery("select l from Leader l join fetch l.body where l.id = :id", Leader.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  public List<LeaderRating> ratings(List<Long> leaderIds) {
    if (leaderIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from LeaderRating r where r.leaderId in :ids order by r.year, r.leaderId",
            LeaderRating.class)
        .setParameter("ids", leaderIds)
        .getResultList();
  }

  public boolean rated(long leaderId, int year) {
    return !em.createQuery("select 1 from LeaderRating r where r.leaderId = :l and r.year = :y")
        .setParameter("l", leaderId)
        .setParameter("y", year)
        .getResultList()
        .isEmpty();
  }
}
