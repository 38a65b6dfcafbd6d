package kz.kenes.forum.platform;

import kz.kenes.forum.thread.LabelTarget;

/**
 * The site's pages as absolute URLs under {@code KENES_PUBLIC_URL}, for whatever leaves the site:
 * emails, SMS texts, the JSON API's links. A port: the modules below the web layer name what they
 * link to (a thread, an appeal) and never build a page path themselves; forum-web, which owns the
 * pages and their routes, implements it. An ArchUnit rule and {@code PagePathsTest} keep it so.
 */
public interface PageLinks {

  /** A thread's page. */
  String thread(long threadId);

  /** A place on a thread's page: {@code fragment} is an element id of it (for example "post-3"). */
  String thread(long threadId, String fragment);

  /** A body's page, at {@code fragment} when not null (for example "claim-5"). */
  String body(String slug, String fragment);

  /** An appeal's page (its applicant and the officials who handle it may open it). */
  String appeal(long appealId);

  /** The shortest link to an appeal's page, for texts with little room such as an SMS. */
  String shortAppeal(long appealId);

  /** A public session's page. */
  String session(long sessionId);

  /** A participatory budget's page. */
  String budget(long budgetId);

  /** The confirmation of the signed-in member's own ballot in a participatory budget. */
  String budgetBallot(long budgetId);

  /** Where a misinformation label points: the official answer or card that corrects the post. */
  String label(LabelTarget target);
}
