package kz.kenes.web.link;

import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.kenes.forum.claim.ClaimReview;
import kz.kenes.forum.thread.LabelTarget;
import kz.kenes.forum.thread.OfficialAnswer;

/**
 * The paths of the site's pages, relative to its root: the pages link to each other with these, and
 * {@link WebPageLinks} puts the public address before them for what leaves the site. The only place
 * below the routes themselves that knows how a page's path is spelled.
 */
public final class PagePaths {
  private PagePaths() {}

  /**
   * The site-relative path of an absolute link built by {@link WebPageLinks} (scheme, host and port
   * dropped), for the site's own pages whatever {@code KENES_PUBLIC_URL} was when it was built; "/"
   * for anything that is not an http(s) URL.
   */
  public static String local(String link) {
    if (link == null || !link.matches("(?i)https?://.*")) {
      return "/";
    }
    java.net.URI uri;
    try {
      uri = java.net.URI.create(link);
    } catch (IllegalArgumentException malformed) {
      return "/";
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
  }

  public static String thread(long threadId) {
    return "/threads/" + threadId;
  }

  /** A place on a thread's page; {@code fragment} is an element id of it, or null. */
  public static String thread(long threadId, String fragment) {
    return thread(threadId) + fragment(fragment);
  }

  /** A body's page, at {@code fragment} when not null. */
  public static String body(String slug, String fragment) {
    return "/bodies/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + fragment(fragment);
  }

  public static String appeal(long appealId) {
    return "/appeals/" + appealId;
  }

  /** A public session's page. */
  public static String session(long sessionId) {
    return "/sessions/" + sessionId;
  }

  /** A participatory budget's page. */
  public static String budget(long budgetId) {
    return "/budgets/" + budgetId;
  }

  /** The confirmation of the signed-in member's own ballot. */
  public static String budgetBallot(long budgetId) {
    return budget(budgetId) + "/ballot";
  }

  /** The short route ({@link ShortLinks}) that redirects to {@link #appeal(long)}. */
  public static String shortAppeal(long appealId) {
    return "/a/" + appealId;
  }

  /**
   * Where a misinformation label points: the official answer on its thread's page, or the card on
   * its body's page; the thread or body is looked up by the target's id. The home page when the
   * answer or card no longer exists.
   */
  public static String label(LabelTarget target, EntityManager em) {
    return switch (target.kind()) {
      case OFFICIAL_ANSWER -> {
        OfficialAnswer answer = em.find(OfficialAnswer.class, target.id());
        yield answer == null ? "/" : thread(answer.thread().id(), "official-answer");
      }
      case CLAIM_REVIEW -> {
        ClaimReview card = em.find(ClaimReview.class, target.id());
        yield card == null ? "/" : body(card.body().slug(), "claim-" + card.id());
      }
    };
  }

  private static String fragment(String fragment) {
    return fragment == null || fragment.isEmpty() ? "" : "#" + fragment;
  }
}
