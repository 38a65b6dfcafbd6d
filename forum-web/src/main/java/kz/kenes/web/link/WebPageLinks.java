package kz.kenes.web.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;
import kz.kenes.forum.thread.LabelTarget;

/**
 * The one implementation of {@link PageLinks}: the page paths of {@link PagePaths} under the site's
 * public address {@code KENES_PUBLIC_URL} (without a trailing slash; {@code http://localhost:8080}
 * when not set).
 */
@ApplicationScoped
public class WebPageLinks implements PageLinks {
  private final String base;

  public WebPageLinks() {
    this(Settings.value(Setting.KENES_PUBLIC_URL));
  }

  /** Links under {@code publicUrl}. */
  public WebPageLinks(String publicUrl) {
    String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl;
    this.base = url.strip().replaceAll("/+$", "");
  }

  @PersistenceContext EntityManager em;

  @Override
  public String thread(long threadId) {
    return base + PagePaths.thread(threadId);
  }

  @Override
  public String thread(long threadId, String fragment) {
    return base + PagePaths.thread(threadId, fragment);
  }

  @Override
  public String body(String slug, String fragment) {
    return base + PagePaths.body(slug, fragment);
  }

  @Override
  public String appeal(long appealId) {
    return base + PagePaths.appeal(appealId);
  }

  @Override
  public String shortAppeal(long appealId) {
    return base + PagePaths.shortAppeal(appealId);
  }

  @Override
  public String session(long sessionId) {
    return base + PagePaths.session(sessionId);
  }

  @Override
  public String budget(long budgetId) {
    return base + PagePaths.budget(budgetId);
  }

  @Override
  public String budgetBallot(long budgetId) {
    return base + PagePaths.budgetBallot(budgetId);
  }

  @Override
  public String label(LabelTarget target) {
    return base + labelPath(target);
  }

  /** The relative path of {@link #label}, for the site's own pages. */
  public String labelPath(LabelTarget target) {
    return PagePaths.label(target, em);
  }
}
