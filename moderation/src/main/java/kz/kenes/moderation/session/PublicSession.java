package kz.kenes.moderation.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;

/**
 * A public session of a body: a reporting meeting, a council session, a hearing or a deputy's
 * reception. Its status changes only through {@link #move}, which checks {@link SessionStatus}'s
 * table and returns the step to keep; every change that a calendar shows raises {@link
 * #icsSequence} so that subscribed calendars update the event.
 */
@Entity
@Table(name = "public_session")
public class PublicSession {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private SessionType type;

  @Column(nullable = false)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column private String place;

  @Column(name = "online_url")
  private String onlineUrl;

  @Column(name = "agenda_raw")
  private String agendaRaw;

  /** The agenda cooked and sanitized by the one policy; pages show only this. */
  @Column(name = "agenda_html")
  private String agendaHtml;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SessionStatus status;

  /** Why it was postponed or cancelled (the last reason). */
  @Column private String reason;

  @Column(name = "minutes_text")
  private String minutes;

  @Column private Integer attendance;

  @Column(name = "recording_url")
  private String recordingUrl;

  /** The day (Kazakhstan) the session was marked held: written-answer deadlines count from it. */
  @Column(name = "held_on")
  private LocalDate heldOn;

  @Column(name = "now_answering_id")
  private Long nowAnswering;

  @Column(name = "ics_sequence", nullable = false)
  private int icsSequence;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Officials of the body or of a body above it who speak, in the order given. */
  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "public_session_speaker",
      joinColumns = @JoinColumn(name = "session_id"),
      inverseJoinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  private List<Member> speakers = new ArrayList<>();

  @Version private long version;

  protected PublicSession() {}

  PublicSession(Body body, SessionType type, Details details, String by, Instant now) {
    this.body = Objects.requireNonNull(body);
    this.type = Objects.requireNonNull(type);
    this.status = SessionStatus.SCHEDULED;
    this.createdBy = Objects.requireNonNull(by);
    this.createdAt = Objects.requireNonNull(now);
    describe(details);
  }

  /** What an official writes about a session, checked. */
  record Details(
      String title,
      Instant startsAt,
      Instant endsAt,
      String place,
      String onlineUrl,
      String agendaRaw,
      String agendaHtml) {}

  private void describe(Details details) {
    this.title = Objects.requireNonNull(details.title());
    this.startsAt = Objects.requireNonNull(details.startsAt());
    this.endsAt = Objects.requireNonNull(details.endsAt());
    this.place = details.place();
    this.onlineUrl = details.onlineUrl();
    this.agendaRaw = details.agendaRaw();
    this.agendaHtml = details.agendaHtml();
  }

  /** The speakers, checked by the caller to be officials of the body or of a body above it. */
  void speakers(List<Member> officials) {
    speakers.clear();
    speakers.addAll(officials);
  }

  public List<Member> speakers() {
    return java.util.Collections.unmodifiableList(speakers);
  }

  /** The first step: it was scheduled. */
  SessionStep scheduled(String actor, Instant now) {
    return new SessionStep(this, null, SessionStatus.SCHEDULED, actor, null, now);
  }

  /** The one way the status changes; returns the step for the caller to keep. */
  SessionStep move(SessionStatus next, String actor, String why, Instant now) {
    status.requireMoveTo(next);
    SessionStep step = new SessionStep(this, status, next, actor, why, now);
    this.status = next;
    if (next == SessionStatus.POSTPONED || next == SessionStatus.CANCELLED) {
      this.reason = why;
    }
    if (next != SessionStatus.LIVE) {
      this.nowAnswering = null;
    }
    icsSequence++;
    return step;
  }

  void reschedule(Instant newStart, Instant newEnd) {
    this.startsAt = Objects.requireNonNull(newStart);
    this.endsAt = Objects.requireNonNull(newEnd);
  }

  void held(String minutesText, Integer attendanceCount, String recording, LocalDate day) {
    this.minutes = minutesText;
    this.attendance = attendanceCount;
    this.recordingUrl = recording;
    this.heldOn = Objects.requireNonNull(day);
  }

  void answering(Long questionId) {
    this.nowAnswering = questionId;
  }

  public Long id() {
    return id;
  }

  public Body body() {
    return body;
  }

  public SessionType type() {
    return type;
  }

  public String title() {
    return title;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  public Optional<String> onlineUrl() {
    return Optional.ofNullable(onlineUrl);
  }

  public Optional<String> agendaRaw() {
    return Optional.ofNullable(agendaRaw);
  }

  /** Sanitized HTML, safe to write unescaped. */
  public Optional<String> agendaHtml() {
    return Optional.ofNullable(agendaHtml);
  }

  public SessionStatus status() {
    return status;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> minutes() {
    return Optional.ofNullable(minutes);
  }

  public Optional<Integer> attendance() {
    return Optional.ofNullable(attendance);
  }

  public Optional<String> recordingUrl() {
    return Optional.ofNullable(recordingUrl);
  }

  public Optional<LocalDate> heldOn() {
    return Optional.ofNullable(heldOn);
  }

  public Optional<Long> nowAnswering() {
    return Optional.ofNullable(nowAnswering);
  }

  public int icsSequence() {
    return icsSequence;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
