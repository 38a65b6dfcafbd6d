package kz.kenes.moderation.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.claim.ClaimReviewRepository;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.Scope;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.notification.MemberNotice;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.platform.ActionGuard;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;
import kz.kenes.forum.platform.Validation;
import kz.kenes.forum.thread.LabelTarget;
import kz.kenes.forum.thread.Post;
import kz.kenes.forum.thread.PostVisibility;
import kz.kenes.forum.thread.ThreadRepository;
import kz.kenes.moderation.appeal.AppealRegistration;
import kz.kenes.moderation.session.QuestionStatus;
import kz.kenes.moderation.session.SessionNotices;
import kz.kenes.moderation.session.SessionQuestion;

/**
 * Flags, the review queue and moderators' decisions. Every decision is written to the audit log in
 * the same transaction, and the post's author hears of it with the reason.
 */
@ApplicationScoped
public class ModerationService {
  public static final int PAGE_SIZE = 20;
  public static final int REASON_MAX = 500;

  @PersistenceContext EntityManager em;
  @Inject ReviewRepository reviews;
  @Inject ThreadRepository threads;
  @Inject ClaimReviewRepository claims;
  @Inject MemberRepository members;
  @Inject StaffScopes scope;
  @Inject BodyRepository bodies;
  @Inject AuditLog audit;
  @Inject ActionGuard guard;
  @Inject AppealRegistration appeals;
  @Inject Event<MemberNotice> notices;
  @Inject Event<kz.kenes.forum.thread.OpeningPostModerated> openingModerated;
  @Inject Clock clock;
  @Inject SessionNotices sessionNotices;

  private final FlagWeights weights = weights(Settings.value(Setting.KENES_FLAG_WEIGHTS));

  /** What a flag did: the item it counts in, and whether the post is now hidden pending review. */
  public record Flagged(ReviewItem item, boolean hidden) {}

  /** A page of the queue. */
  public record QueuePage(List<ReviewItem> items, long total, int page, int pageSize) {
    public boolean hasNext() {
      return (long) page * pageSize < total;
    }
  }

  /** An item with what a moderator needs to decide: the current round's flags and the history. */
  public record ItemDetails(ReviewItem item, List<Flag> flags, List<ReviewEvent> history) {}

  /**
   * A signed-in member flags a post. One open flag per member per post (a second is a conflict);
   * when the post's score reaches its body's threshold the post is hidden pending review and its
   * author is told why.
   */
  @Transactional
  public Flagged flag(Actor actor, long postId, String reasonName, String noteText) {
    FlagInput in = flagInput(reasonName, noteText);
    Post post = lockPost(postId);
    if (post.withdrawn() || post.visibility() == PostVisibility.REMOVED) {
      throw new DomainException.Conflict("error.flag.gone");
    }
    Member flagger = members.ensure(actor);
    if (post.author().id().equals(flagger.id())) {
      throw new DomainException.Conflict("error.flag.own-post");
    }
    guard.check(actor, ActionGuard.Action.FLAG, flagger.createdAt());
    Instant now = now();
    ReviewItem item =
        recordFlag(
            actor, flagger, in, now, reviews.forPost(post.id()), () -> new ReviewItem(post, now));
    boolean hidden = false;
    if (item.score() >= post.thread().body().flagThreshold()
        && post.visibility() == PostVisibility.VISIBLE
        && post.label().isEmpty()) {
      post.moderate(PostVisibility.HIDDEN, "FLAGS");
      openingPostModerated(post);
      audit.record(actor, "post.auto-hidden", "post", post.id(), "score " + item.score());
      notifyAuthor(post);
      hidden = true;
    }
    return new Flagged(item, hidden);
  }

  /**
   * A signed-in member flags a question to a public session, with the reasons of posts. One open
   * flag per member per question (a second is a conflict); one's own question, a hidden or merged
   * one cannot be flagged (409). The question enters the review queue of the session's body, where
   * a moderator hides it (with a reason shown in its place) or keeps it; unlike a post it stays
   * visible until a moderator decides.
   */
  @Transactional
  public Flagged flagQuestion(
      Actor actor, long sessionId, long questionId, String reasonName, String noteText) {
    FlagInput in = flagInput(reasonName, noteText);
    SessionQuestion question =
        em.find(SessionQuestion.class, questionId, LockModeType.PESSIMISTIC_WRITE);
    if (question == null || question.session().id() != sessionId) {
      throw new DomainException.NotFound("error.session.question-not-found");
    }
    if (question.hidden() || question.status() == QuestionStatus.MERGED) {
      throw new DomainException.Conflict("error.flag.gone");
    }
    Member flagger = members.ensure(actor);
    if (question.asker().id().equals(flagger.id())) {
      throw new DomainException.Conflict("error.flag.own-question");
    }
    guard.check(actor, ActionGuard.Action.FLAG, flagger.createdAt());
    Instant now = now();
    ReviewItem item =
        recordFlag(
            actor,
            flagger,
            in,
            now,
            reviews.forQuestion(questionId),
            () -> new ReviewItem(question, now));
    return new Flagged(item, false);
  }

  /** A flag's reason and note, checked alike for posts and questions. */
  private record FlagInput(FlagReason reason, String note) {}

  private static FlagInput flagInput(String reasonName, String noteText) {
    Validation check = new Validation();
    FlagReason reason = check.requireEnum("reason", reasonName, FlagReason.class);
    String note = optionalText(check, "note", noteText, Flag.NOTE_MAX);
    if (reason == FlagReason.OTHER && note == null) {
      check.reject("note", "validation.flag.note-needed");
    }
    check.throwIfInvalid();
    return new FlagInput(reason, note);
  }

  /**
   * The flag on the target's review item ({@code found}, else a new one): one per member per round
   * (a second is a conflict), weighted by the flagger's roles, reopening a decided item.
   */
  private ReviewItem recordFlag(
      Actor actor,
      Member flagger,
      FlagInput in,
      Instant now,
      Optional<ReviewItem> found,
      Supplier<ReviewItem> fresh) {
    ReviewItem item =
        found.orElseGet(
            () -> {
              ReviewItem created = fresh.get();
              reviews.add(created);
              return created;
            });
    if (reviews.flaggedInRound(item, flagger.id())) {
      throw new DomainException.Conflict("error.flag.duplicate");
    }
    int weight = weights.weightOf(actor.roles());
    ReviewEvent reopened = item.flagged(weight, actor.username(), now);
    if (reopened != null) {
      reviews.add(reopened);
    }
    reviews.add(new Flag(item, flagger, in.reason(), in.note(), weight, now));
    return item;
  }

  /**
   * The queue of pending items the actor may decide: of one body ({@code bodySlug}), or of every
   * body they serve; admins see all bodies.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public QueuePage queue(Actor actor, String bodySlug, String statusName, Integer page) {
    requireStaff(actor);
    Validation check = new Validation();
    ReviewStatus status =
        check.optionalEnum("status", statusName, ReviewStatus.class).orElse(ReviewStatus.PENDING);
    int number = page == null ? 1 : page;
    check.check("page", number, n -> n >= 1 && n <= 10_000, "validation.range");
    check.throwIfInvalid();
    Scope served = scope.scope(actor, StaffRole.MODERATOR);
    if (bodySlug != null && !bodySlug.isBlank()) {
      var body =
          bodies
              .findBySlug(bodySlug.strip())
              .orElseThrow(() -> new DomainException.NotFound("error.body.not-found"));
      if (!served.covers(body.id())) {
        throw new DomainException.Forbidden("error.moderation.not-moderator");
      }
      served = Scope.of(Set.of(body.id()));
    }
    if (served.isEmpty()) {
      return new QueuePage(List.of(), 0, number, PAGE_SIZE);
    }
    return new QueuePage(
        reviews.queue(served, status, (number - 1) * PAGE_SIZE, PAGE_SIZE),
        reviews.count(served, status),
        number,
        PAGE_SIZE);
  }

  /** One item with its flags and history, for a moderator of its body. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ItemDetails item(Actor actor, long itemId) {
    ReviewItem item = requireItem(itemId);
    scope.require(actor, item.body(), StaffRole.MODERATOR, "error.moderation.not-moderator");
    return new ItemDetails(item, reviews.flags(item), reviews.history(item));
  }

  /**
   * The flags and history of a queue page's items, read in two queries (the queue already checked
   * who may see them).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ItemDetails> details(QueuePage page) {
    if (page.items().isEmpty()) {
      return List.of();
    }
    var flags =
        reviews.flags(page.items()).stream()
            .collect(java.util.stream.Collectors.groupingBy(f -> f.itemId()));
    var history =
        reviews.history(page.items()).stream()
            .collect(java.util.stream.Collectors.groupingBy(e -> e.itemId()));
    return page.items().stream()
        .map(
            i ->
                new ItemDetails(
                    i,
                    flags.getOrDefault(i.id(), List.of()),
                    history.getOrDefault(i.id(), List.of())))
        .toList();
  }

  /**
   * A moderator's decision on an item, at the {@code version} they saw (a stale one is a conflict).
   * A contested item is decided by a different moderator than the one contested.
   */
  @Transactional
  public ReviewItem act(
      Actor actor,
      long itemId,
      String actionName,
      String reasonText,
      Long version,
      Long claimReviewId) {
    Validation check = new Validation();
    ModerationAction action = check.requireEnum("action", actionName, ModerationAction.class);
    String reason = optionalText(check, "reason", reasonText, REASON_MAX);
    if (version == null) {
      check.reject("version", "validation.required");
    }
    if (action != null
        && reason == null
        && action != ModerationAction.KEEP
        && action != ModerationAction.IGNORE) {
      check.reject("reason", "validation.moderation.reason-needed");
    }
    check.throwIfInvalid();
    ReviewItem item = requireItem(itemId);
    scope.require(actor, item.body(), StaffRole.MODERATOR, "error.moderation.not-moderator");
    if (item.version() != version) {
      throw new DomainException.Conflict("error.stale");
    }
    if (item.contested() && actor.username().equals(item.lastModerator().orElse(null))) {
      throw new DomainException.Forbidden("error.review.same-moderator");
    }
    if (item.question().isPresent()) {
      return actOnQuestion(actor, item, action, reason);
    }
    Post post = item.post();
    LabelTarget target = action == ModerationAction.LABEL ? labelTarget(post, claimReviewId) : null;
    Instant now = now();
    reviews.add(item.decide(action, actor.username(), reason, now));
    switch (action) {
      case KEEP, IGNORE -> post.moderate(PostVisibility.VISIBLE, null);
      case HIDE -> post.moderate(PostVisibility.HIDDEN, reason);
      case REMOVE -> post.moderate(PostVisibility.REMOVED, reason);
      case LOCK -> {
        post.moderate(PostVisibility.VISIBLE, null);
        post.thread().lock();
      }
      case LABEL -> post.label(reason, target);
      case ESCALATE -> {
        post.moderate(PostVisibility.VISIBLE, null);
        appeals.escalate(actor, post.id());
      }
    }
    audit.record(
        actor,
        "review." + action.name().toLowerCase(java.util.Locale.ROOT),
        "post",
        post.id(),
        null);
    openingPostModerated(post);
    if (action == ModerationAction.HIDE
        || action == ModerationAction.REMOVE
        || action == ModerationAction.LABEL) {
      notifyAuthor(post);
    }
    em.flush();
    return item;
  }

  /** The actions a moderator takes on a question: the rest concern posts and threads. */
  static final Set<ModerationAction> ON_QUESTIONS =
      java.util.EnumSet.of(ModerationAction.KEEP, ModerationAction.HIDE, ModerationAction.IGNORE);

  private ReviewItem actOnQuestion(
      Actor actor, ReviewItem item, ModerationAction action, String reason) {
    if (!ON_QUESTIONS.contains(action)) {
      throw new DomainException.InvalidInput(
          List.of(
              new kz.kenes.forum.platform.FieldError(
                  "action", "validation.moderation.question-action")));
    }
    SessionQuestion question = item.question().orElseThrow();
    reviews.add(item.decide(action, actor.username(), reason, now()));
    if (action == ModerationAction.HIDE && !question.hidden()) {
      question.hide(reason);
      sessionNotices.questionHidden(question);
    }
    audit.record(
        actor,
        "review." + action.name().toLowerCase(java.util.Locale.ROOT),
        "session-question",
        question.id(),
        null);
    em.flush();
    return item;
  }

  /**
   * The author contests a decision on their post, once: the item returns to the queue for a
   * different moderator.
   */
  @Transactional
  public ReviewItem contest(Actor actor, long postId, String reasonText) {
    Validation check = new Validation();
    String reason = check.requireText("reason", reasonText, 2, REASON_MAX);
    check.throwIfInvalid();
    Post post =
        threads
            .findPost(postId)
            .orElseThrow(() -> new DomainException.NotFound("error.post.not-found"));
    if (!post.author().username().equals(actor.username())) {
      throw new DomainException.Forbidden("error.review.not-author");
    }
    ReviewItem item =
        reviews
            .forPost(postId)
            .orElseThrow(() -> new DomainException.Conflict("error.review.not-decided"));
    reviews.add(item.contest(actor.username(), reason, now()));
    return item;
  }

  /** The decision on a post as its author sees it (the statement of reasons), if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ReviewItem> decisionOn(long postId) {
    return reviews.forPost(postId);
  }

  private LabelTarget labelTarget(Post post, Long claimReviewId) {
    if (claimReviewId != null) {
      var card =
          claims
              .find(claimReviewId)
              .orElseThrow(
                  () ->
                      new DomainException.InvalidInput(
                          List.of(
                              new kz.kenes.forum.platform.FieldError(
                                  "claimReviewId", "validation.label.card"))));
      return new LabelTarget(LabelTarget.Kind.CLAIM_REVIEW, card.id());
    }
    var answer = threads.answer(post.thread());
    if (answer.isPresent()) {
      return new LabelTarget(LabelTarget.Kind.OFFICIAL_ANSWER, answer.get().id());
    }
    throw new DomainException.InvalidInput(
        List.of(new kz.kenes.forum.platform.FieldError("claimReviewId", "validation.label.link")));
  }

  /** An opening post's visibility decides its thread's: tell whoever copies the thread. */
  private void openingPostModerated(Post post) {
    if (post.number() == 1) {
      openingModerated.fire(new kz.kenes.forum.thread.OpeningPostModerated(post.thread().id()));
    }
  }

  private void notifyAuthor(Post post) {
    notices.fire(
        new MemberNotice(
            NotificationKind.POST_MODERATED,
            post.thread().id(),
            post.id(),
            post.author().username()));
  }

  private Post lockPost(long postId) {
    Post post = em.find(Post.class, postId, LockModeType.PESSIMISTIC_WRITE);
    if (post == null) {
      throw new DomainException.NotFound("error.post.not-found");
    }
    return post;
  }

  private ReviewItem requireItem(long id) {
    return reviews
        .find(id)
        .orElseThrow(() -> new DomainException.NotFound("error.review.not-found"));
  }

  private static void requireStaff(Actor actor) {
    if (!actor.has(Role.MODERATOR) && !actor.has(Role.ADMIN)) {
      throw new DomainException.Forbidden("error.moderation.not-moderator");
    }
  }

  private static String optionalText(Validation check, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    check.check(field, text, t -> t.length() <= max, "validation.too-long");
    return text;
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  static FlagWeights weights(String configured) {
    return configured == null || configured.isBlank()
        ? FlagWeights.defaults()
        : FlagWeights.parse(configured);
  }
}
