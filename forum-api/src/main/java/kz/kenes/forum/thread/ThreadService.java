package kz.kenes.forum.thread;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.content.ContentCooker;
import kz.kenes.forum.content.CookedText;
import kz.kenes.forum.content.TextLanguage;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffAssignment;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.ActionGuard;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;

/** Use cases of threads and their posts, supports and official answers: one transaction each. */
@ApplicationScoped
public class ThreadService {
  Iterable<ActionGuard> guards = List.of();

  @Inject
  void guards(jakarta.enterprise.inject.Instance<ActionGuard> all) {
    this.guards = all;
  }

  public static final int PAGE_DEFAULT = 20;
  public static final int PAGE_MAX = 100;

  /** A thread page shows at most this many posts until post pagination arrives. */
  /** Replies shown per page of a thread (keyset pagination by post number). */
  public static final int POSTS_PAGE = 100;

  @Inject BodyRepository bodies;
  @Inject MemberRepository members;
  @Inject StaffService staff;
  @Inject ThreadRepository threads;
  @Inject ContentCooker cooker;
  @Inject AuditLog audit;
  @Inject Event<PostPublished> published;
  @Inject Event<OfficialAnswerPublished> answered;
  @Inject Event<ProposalReachedThreshold> thresholdReached;
  @Inject Clock clock;

  /** Opens a thread on a body's page with its first post. */
  @Transactional
  public ThreadDetails open(Actor actor, String bodySlug, NewThread input) {
    actor.require(Role.RESIDENT);
    Validation check = new Validation();
    Opening opening = opening(check, input);
    check.throwIfInvalid();

    Body body = bodies.requireBySlug(bodySlug);
    if (opening.type() == ThreadType.ANNOUNCEMENT
        && !staff.serves(actor, body, StaffRole.OFFICIAL)) {
      throw new DomainException.Forbidden("error.thread.announcement-officials-only");
    }
    Member author = members.ensure(actor);
    guard(actor, author);
    return publish(actor, body, author, opening, null);
  }

  /** What a resident may ask through an operator: a question or a proposal. */
  static final java.util.Set<ThreadType> ON_BEHALF_TYPES =
      java.util.EnumSet.of(ThreadType.QUESTION, ThreadType.PROPOSAL);

  /**
   * An operator of the body (or of a body above it) posts a question or proposal for a resident who
   * is not online: the operator is the author, the thread shows that it was posted for a resident,
   * and the audit log keeps the operator, the channel and the resident's phone masked (the only
   * form in which it is stored). Not subject to the posting limits (a staff action).
   */
  @Transactional
  public ThreadDetails openOnBehalf(
      Actor operator, String bodySlug, NewThread input, String channel, String phone) {
    Body body = bodies.requireBySlug(bodySlug);
    if (!staff.serves(operator, body, StaffRole.OPERATOR)) {
      throw new DomainException.Forbidden("error.thread.on-behalf-operators-only");
    }
    Validation check = new Validation();
    Opening opening = opening(check, input);
    if (opening.type() != null && !ON_BEHALF_TYPES.contains(opening.type())) {
      check.reject("type", "validation.on-behalf-type");
    }
    OfflineChannel how = check.requireEnum("channel", channel, OfflineChannel.class);
    String masked = null;
    if (phone != null && !phone.isBlank()) {
      Optional<String> number = kz.kenes.sms.PhoneNumbers.kazakhMobile(phone);
      if (number.isEmpty()) {
        check.reject("phone", "validation.kazakh-mobile");
      } else {
        masked = kz.kenes.sms.PhoneNumbers.mask(number.get());
      }
    }
    check.throwIfInvalid();

    Member author = members.ensure(operator);
    OnBehalf resident = new OnBehalf(how, masked);
    ThreadDetails opened = publish(operator, body, author, opening, resident);
    audit.record(
        operator,
        "thread.on-behalf",
        "thread",
        opened.thread().id(),
        "channel=" + how.name() + (masked == null ? "" : " phone=" + masked));
    return opened;
  }

  /** The checked fields of a new thread; null where a field is invalid (see the check). */
  private record Opening(ThreadType type, String title, String raw, Category category) {}

  private static Opening opening(Validation check, NewThread input) {
    ThreadType type = check.requireEnum("type", input.type(), ThreadType.class);
    String title = check.requireLine("title", input.title(), Thread.TITLE_MIN, Thread.TITLE_MAX);
    String raw = check.requireText("body", input.body(), Post.BODY_MIN, Post.BODY_MAX);
    Category category =
        check.optionalEnum("category", input.category(), Category.class).orElse(Category.OTHER);
    return new Opening(type, title, raw, category);
  }

  private ThreadDetails publish(
      Actor actor, Body body, Member author, Opening input, OnBehalf resident) {
    Instant now = now();
    Thread thread =
        new Thread(
            body,
            input.type(),
            input.category(),
            input.title(),
            TextLanguage.detect(input.title() + "\n" + input.raw()),
            author,
            now);
    if (resident != null) {
      thread.postedFor(resident);
    }
    Post opening = thread.addPost(author, input.raw(), cooker.cook(input.raw()), now);
    threads.add(thread, opening, thread.opened(actor.username(), now));
    published.fire(new PostPublished(thread.id(), opening.id(), body.slug(), null));
    return new ThreadDetails(
        thread, List.of(opening), Optional.empty(), List.of(), ThreadDetails.Viewer.ANONYMOUS);
  }

  /** A thread as {@code viewer} (or a visitor) sees it: its first page of posts. */
  @Transactional
  public ThreadDetails details(long id, Optional<Actor> viewer) {
    return details(id, viewer, null);
  }

  /**
   * A thread as {@code viewer} sees it, with the opening post and the {@value #POSTS_PAGE} posts
   * numbered after {@code after} (null or 0: from the start).
   */
  @Transactional
  public ThreadDetails details(long id, Optional<Actor> viewer, Integer after) {
    int from = after == null ? 0 : after;
    if (from < 0) {
      throw new DomainException.InvalidInput(
          List.of(new kz.kenes.forum.platform.FieldError("after", "validation.range")));
    }
    Thread thread = requireThread(id, viewer);
    Optional<OfficialAnswer> answer = thread.answered() ? threads.answer(thread) : Optional.empty();
    List<OfficialAnswerRevision> revisions = answer.map(threads::answerRevisions).orElse(List.of());
    List<Post> page = threads.posts(thread, from, POSTS_PAGE + 1);
    Optional<Integer> next = Optional.empty();
    if (page.size() > POSTS_PAGE) {
      page = page.subList(0, POSTS_PAGE);
      next = Optional.of(page.get(POSTS_PAGE - 1).number());
    }
    if (from >= 1) {
      List<Post> withOpening = new java.util.ArrayList<>(threads.posts(thread, 0, 1));
      withOpening.addAll(page);
      page = withOpening;
    }
    return new ThreadDetails(
        thread, List.copyOf(page), answer, revisions, viewerOf(thread, viewer), next);
  }

  private ThreadDetails.Viewer viewerOf(Thread thread, Optional<Actor> viewer) {
    if (viewer.isEmpty()) {
      return ThreadDetails.Viewer.ANONYMOUS;
    }
    Actor actor = viewer.get();
    boolean open = thread.status().acceptsPosts();
    boolean resident = actor.has(Role.RESIDENT);
    boolean[] facts = threads.viewerFacts(thread, actor.username());
    boolean supported = facts[0];
    boolean ownThread = thread.author().username().equals(actor.username());
    return new ThreadDetails.Viewer(
        true,
        open && resident,
        open && resident && thread.type() == ThreadType.PROPOSAL && !supported && !ownThread,
        supported,
        open && staff.serves(actor, thread.body(), StaffRole.OFFICIAL),
        facts[1]);
  }

  /** A page of a body's threads; {@code after} is a cursor from the previous page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ThreadPage page(String bodySlug, String after, Integer limit) {
    return page(bodySlug, ThreadFilter.ANY, after, limit);
  }

  /** A page of a body's threads narrowed by {@code filter}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ThreadPage page(String bodySlug, ThreadFilter filter, String after, Integer limit) {
    Validation check = new Validation();
    int size = limit == null ? PAGE_DEFAULT : limit;
    check.check("limit", size, n -> n >= 1 && n <= PAGE_MAX, "validation.limit");
    Optional<ThreadCursor> cursor = ThreadCursor.decode(after);
    if (after != null && !after.isBlank() && cursor.isEmpty()) {
      check.reject("after", "validation.cursor");
    }
    check.throwIfInvalid();
    Body body = bodies.requireBySlug(bodySlug);
    List<Thread> fetched = threads.page(body, filter, cursor, size + 1);
    if (fetched.size() <= size) {
      return new ThreadPage(fetched, Optional.empty());
    }
    List<Thread> page = fetched.subList(0, size);
    Thread last = page.get(size - 1);
    return new ThreadPage(page, Optional.of(new ThreadCursor(last.lastActivityAt(), last.id())));
  }

  /** The body's pinned announcements. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Thread> pinned(Body body) {
    return threads.pinned(body, 3);
  }

  /**
   * A resident supports a proposal, once. Reaching the body's threshold makes it await a response.
   */
  @Transactional
  public Thread support(Actor actor, long threadId) {
    actor.require(Role.RESIDENT);
    Thread thread = requireThread(threadId, Optional.of(actor));
    Member member = members.ensure(actor);
    if (thread.author().id().equals(member.id())) {
      throw new DomainException.Conflict("error.support.own");
    }
    if (threads.supported(thread, member.id())) {
      throw new DomainException.Conflict("error.support.twice");
    }
    Instant now = now();
    Body body = thread.body();
    Optional<ThreadStatusChange> reached =
        thread.addSupport(body.supportThreshold(), body.responseDays(), now);
    threads.add(new Support(thread.id(), member.id(), now));
    reached.ifPresent(
        change -> {
          threads.add(change);
          thresholdReached.fire(
              new ProposalReachedThreshold(
                  thread.id(), body.slug(), thread.supportCount(), thread.dueAt().orElseThrow()));
        });
    return thread;
  }

  /** A reply in a thread, optionally quoting one of its posts. */
  @Transactional
  public Post reply(Actor actor, long threadId, String text, Long quotePostId) {
    actor.require(Role.RESIDENT);
    Validation check = new Validation();
    String raw = check.requireText("body", text, Post.BODY_MIN, Post.BODY_MAX);
    check.throwIfInvalid();
    // the thread row is locked: concurrent replies take their numbers one after another
    Thread thread =
        visibleTo(
            threads
                .findForUpdate(threadId)
                .orElseThrow(() -> new DomainException.NotFound("error.thread.not-found")),
            Optional.of(actor));
    Post quoted = null;
    if (quotePostId != null) {
      quoted =
          threads
              .findPost(quotePostId)
              .filter(
                  p ->
                      p.thread().id().equals(thread.id())
                          && !p.withdrawn()
                          && reads(Optional.of(actor), p))
              .orElseThrow(
                  () ->
                      new DomainException.InvalidInput(
                          List.of(
                              new kz.kenes.forum.platform.FieldError(
                                  "quotePostId", "validation.quote"))));
    }
    Member author = members.ensure(actor);
    guard(actor, author);
    Post post = thread.reply(author, raw, cooker.cook(raw), quoted, now());
    threads.add(post);
    published.fire(
        new PostPublished(
            thread.id(), post.id(), thread.body().slug(), quoted == null ? null : quoted.id()));
    return post;
  }

  /** The author edits a post; the earlier text is kept as a revision. */
  @Transactional
  public Post edit(Actor actor, long postId, String text) {
    Validation check = new Validation();
    String raw = check.requireText("body", text, Post.BODY_MIN, Post.BODY_MAX);
    check.throwIfInvalid();
    Post post = requireOwnPost(actor, postId);
    if (!post.thread().status().acceptsPosts()) {
      throw new DomainException.Conflict("error.thread.closed");
    }
    threads.add(post.edit(raw, cooker.cook(raw), threads.countPostRevisions(post) + 1, now()));
    return post;
  }

  /** The author withdraws a post; its text is no longer shown (it stays in the revisions). */
  @Transactional
  public Post withdraw(Actor actor, long postId) {
    Post post = requireOwnPost(actor, postId);
    if (post.number() == 1) {
      throw new DomainException.Conflict("error.post.opening");
    }
    post.withdraw(now());
    return post;
  }

  /**
   * The earlier texts of a post as {@code viewer} may read them: none when the post is withdrawn,
   * or hidden or removed and the viewer is neither its author nor staff (see {@link #reads}); 404
   * when its thread is hidden from the viewer.
   */
  @Transactional
  public List<PostRevision> revisions(long postId, Optional<Actor> viewer) {
    Post post = post(postId, viewer);
    if (post.withdrawn() || !reads(viewer, post)) {
      return List.of();
    }
    return threads.postRevisions(post);
  }

  /**
   * Whether the viewer is staff of the body: an admin, or a moderator or official serving it or a
   * body above it. Staff and a post's author read what moderation hid or removed; this is the one
   * place that decides who does.
   */
  @Transactional
  public boolean staffOf(Optional<Actor> viewer, Body body) {
    if (viewer.isEmpty()) {
      return false;
    }
    Actor actor = viewer.get();
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    if (!actor.has(Role.MODERATOR) && !actor.has(Role.OFFICIAL)) {
      return false;
    }
    Body attached = bodies.requireBySlug(body.slug());
    return staff.serves(actor, attached, StaffRole.MODERATOR)
        || staff.serves(actor, attached, StaffRole.OFFICIAL);
  }

  /**
   * Whether the viewer may read the post's text: a visible post, or one moderation hid or removed
   * when the viewer is its author or staff of its body (withdrawn text is shown to no one).
   */
  @Transactional
  public boolean reads(Optional<Actor> viewer, Post post) {
    if (post.visibility() == PostVisibility.VISIBLE) {
      return true;
    }
    return readsHidden(viewer, post.author(), post.thread().body());
  }

  private boolean readsHidden(Optional<Actor> viewer, Member author, Body body) {
    return viewer.isPresent()
        && (author.username().equals(viewer.get().username()) || staffOf(viewer, body));
  }

  /** Counts a post against the abuse limits, if a guard is deployed; officials are not limited. */
  private void guard(Actor actor, Member author) {
    if (actor.has(Role.OFFICIAL) || actor.has(Role.ADMIN)) {
      return;
    }
    for (ActionGuard guard : guards) {
      guard.check(actor, ActionGuard.Action.POST, author.createdAt());
    }
  }

  /** Where a post is, for links. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Post post(long postId) {
    return threads
        .findPost(postId)
        .orElseThrow(() -> new DomainException.NotFound("error.post.not-found"));
  }

  /** The thread as {@code viewer} may see it: 404 when it is hidden from the viewer. */
  @Transactional
  public Thread thread(long threadId, Optional<Actor> viewer) {
    return requireThread(threadId, viewer);
  }

  /** A post as {@code viewer} may see it: 404 when its thread is hidden from the viewer. */
  @Transactional
  public Post post(long postId, Optional<Actor> viewer) {
    Post post = post(postId);
    requireThread(post.thread().id(), viewer);
    return post;
  }

  /**
   * An official of the thread's body (or of a body above it) answers in the body's name; answering
   * again revises the answer and keeps the earlier text. Returns the answer and whether it is new.
   */
  @Transactional
  public AnswerResult answer(Actor actor, long threadId, String text) {
    actor.require(Role.OFFICIAL);
    Validation check = new Validation();
    String raw = check.requireText("body", text, Post.BODY_MIN, Post.BODY_MAX);
    check.throwIfInvalid();
    Thread thread = requireThread(threadId);
    StaffAssignment serving =
        staff
            .assignmentFor(actor, thread.body(), StaffRole.OFFICIAL)
            .orElseThrow(() -> new DomainException.Forbidden("error.answer.officials-only"));
    if (!thread.status().acceptsPosts()) {
      throw new DomainException.Conflict("error.thread.closed");
    }
    Member official = members.ensure(actor);
    Instant now = now();
    CookedText cooked = cooker.cook(raw);
    Optional<OfficialAnswer> existing = threads.answer(thread);
    OfficialAnswer answer;
    if (existing.isPresent()) {
      answer = existing.get();
      threads.add(answer.revise(official, serving.body(), serving.position(), raw, cooked, now));
      audit.record(actor, "answer.revise", "thread", thread.id(), "revision " + answer.revision());
    } else {
      answer =
          new OfficialAnswer(
              thread, official, serving.body(), serving.position(), raw, cooked, now);
      threads.add(answer);
      thread.markAnswered();
      threads.add(
          thread.transitionTo(ThreadStatus.ANSWERED, actor.username(), "official answer", now));
      audit.record(actor, "answer.publish", "thread", thread.id(), serving.body().slug());
    }
    answered.fire(
        new OfficialAnswerPublished(
            thread.id(), answer.id(), thread.body().slug(), answer.revision()));
    return new AnswerResult(answer, threads.answerRevisions(answer), existing.isEmpty());
  }

  /**
   * An official of the thread's body (or a body above it) closes or reopens a thread, with a
   * reason; the state machine decides which moves are allowed (409 otherwise).
   */
  @Transactional
  public Thread changeStatus(Actor actor, long threadId, String statusName, String reason) {
    Validation check = new Validation();
    ThreadStatus target = check.requireEnum("status", statusName, ThreadStatus.class);
    if (target != null && target != ThreadStatus.CLOSED && target != ThreadStatus.OPEN) {
      check.reject("status", "validation.unknown-value");
    }
    String why = check.requireText("reason", reason, 2, 500);
    check.throwIfInvalid();
    Thread thread = requireThread(threadId);
    if (!staff.serves(actor, thread.body(), StaffRole.OFFICIAL)) {
      throw new DomainException.Forbidden("error.answer.officials-only");
    }
    threads.add(thread.transitionTo(target, actor.username(), why, now()));
    audit.record(
        actor,
        "thread." + target.name().toLowerCase(java.util.Locale.ROOT),
        "thread",
        thread.id(),
        why);
    return thread;
  }

  /**
   * Cooks again, in one transaction, up to {@code batch} posts whose HTML an older version of
   * {@link ContentCooker} made; returns how many. {@link Recooking} calls it until none is left.
   */
  @Transactional
  public int recookStale(int batch) {
    List<Post> stale = threads.cookedBefore(ContentCooker.VERSION, batch);
    stale.forEach(p -> p.recook(cooker.cook(p.raw())));
    return stale.size();
  }

  /** The answer, the earlier texts it replaced (newest first) and whether this call created it. */
  public record AnswerResult(
      OfficialAnswer answer, List<OfficialAnswerRevision> revisions, boolean created) {}

  private Thread requireThread(long id) {
    return threads
        .find(id)
        .orElseThrow(() -> new DomainException.NotFound("error.thread.not-found"));
  }

  /**
   * The thread, or 404 when its opening post is hidden or removed and the viewer is neither the
   * thread's author nor staff of its body.
   */
  private Thread requireThread(long id, Optional<Actor> viewer) {
    return visibleTo(requireThread(id), viewer);
  }

  private Thread visibleTo(Thread thread, Optional<Actor> viewer) {
    if (thread.hidden() && !readsHidden(viewer, thread.author(), thread.body())) {
      throw new DomainException.NotFound("error.thread.not-found");
    }
    return thread;
  }

  private Post requireOwnPost(Actor actor, long postId) {
    Post post =
        threads
            .findPost(postId)
            .orElseThrow(() -> new DomainException.NotFound("error.post.not-found"));
    if (!post.author().username().equals(actor.username())) {
      throw new DomainException.Forbidden("error.post.not-yours");
    }
    return post;
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
