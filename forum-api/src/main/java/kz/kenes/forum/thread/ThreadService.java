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
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.content.ContentCooker;
import kz.kenes.forum.content.CookedText;
import kz.kenes.forum.content.TextLanguage;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;

/** Use cases of threads: one transaction each. */
@ApplicationScoped
public class ThreadService {
  public static final int PAGE_DEFAULT = 20;
  public static final int PAGE_MAX = 100;

  /** A thread page shows at most this many posts until post pagination arrives. */
  public static final int POSTS_MAX = 500;

  @Inject BodyRepository bodies;
  @Inject MemberRepository members;
  @Inject StaffService staff;
  @Inject ThreadRepository threads;
  @Inject ContentCooker cooker;
  @Inject Event<PostPublished> published;
  @Inject Clock clock;

  /** Opens a thread on a body's page with its first post. */
  @Transactional
  public ThreadDetails open(Actor actor, String bodySlug, NewThread input) {
    actor.require(Role.RESIDENT);
    Validation check = new Validation();
    ThreadType type = check.requireEnum("type", input.type(), ThreadType.class);
    String title = check.requireText("title", input.title(), Thread.TITLE_MIN, Thread.TITLE_MAX);
    String raw = check.requireText("body", input.body(), Post.BODY_MIN, Post.BODY_MAX);
    Category category =
        check.optionalEnum("category", input.category(), Category.class).orElse(Category.OTHER);
    check.throwIfInvalid();

    Body body = bodies.requireBySlug(bodySlug);
    if (type == ThreadType.ANNOUNCEMENT && !staff.serves(actor, body, StaffRole.OFFICIAL)) {
      throw new DomainException.Forbidden("error.thread.announcement-officials-only");
    }
    Member author = members.ensure(actor);
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    CookedText cooked = cooker.cook(raw);
    Thread thread =
        new Thread(
            body, type, category, title, TextLanguage.detect(title + "\n" + raw), author, now);
    Post opening = thread.addPost(author, raw, cooked, now);
    threads.add(thread, opening);
    published.fire(new PostPublished(thread.id(), opening.id(), body.slug(), null));
    return new ThreadDetails(thread, List.of(opening));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ThreadDetails details(long id) {
    Thread thread =
        threads.find(id).orElseThrow(() -> new DomainException.NotFound("error.thread.not-found"));
    return new ThreadDetails(thread, threads.posts(thread, POSTS_MAX));
  }

  /** A page of a body's threads; {@code after} is a cursor from the previous page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ThreadPage page(String bodySlug, String after, Integer limit) {
    Validation check = new Validation();
    int size = limit == null ? PAGE_DEFAULT : limit;
    check.check("limit", size, n -> n >= 1 && n <= PAGE_MAX, "validation.limit");
    Optional<ThreadCursor> cursor = ThreadCursor.decode(after);
    if (after != null && !after.isBlank() && cursor.isEmpty()) {
      check.reject("after", "validation.cursor");
    }
    check.throwIfInvalid();
    Body body = bodies.requireBySlug(bodySlug);
    List<Thread> fetched = threads.page(body, cursor, size + 1);
    if (fetched.size() <= size) {
      return new ThreadPage(fetched, Optional.empty());
    }
    List<Thread> page = fetched.subList(0, size);
    Thread last = page.get(size - 1);
    return new ThreadPage(page, Optional.of(new ThreadCursor(last.lastActivityAt(), last.id())));
  }
}
