package kz.kenes.search.query;

import java.util.List;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.search.index.DocumentKind;

/**
 * One page of search results with the facets of the whole result. Up to about {@link
 * SearchService#EXACT_UP_TO} matches the total and the facet counts are exact; beyond, they are
 * estimated from a sample of the documents and {@code approximate} is true.
 */
public record SearchResults(
    long total, boolean approximate, int page, int pageSize, List<Hit> hits, Facets facets) {

  /**
   * One hit. {@code threadId} is the thread the hit belongs to (a thread's own id for a thread,
   * none for a card); {@code snippet} is HTML holding only {@code <mark>}; {@code anchor} is the
   * element id of the hit on its page (the thread's page, or the body's page for a card), or null.
   * Links are the web layer's: the service leaves {@code url} null, and the API fills it with the
   * absolute address of that page and place ({@link SearchResults#linked}).
   */
  public record Hit(
      DocumentKind kind,
      long id,
      Long threadId,
      String title,
      String snippet,
      String body,
      float score,
      String anchor,
      String url) {
    /** Whether the hit is shown on its thread's page; else on its body's page (a card). */
    public boolean onThread() {
      return threadId != null;
    }

    Hit linked(String link) {
      return new Hit(kind, id, threadId, title, snippet, body, score, anchor, link);
    }
  }

  public record Facets(
      List<BodyBucket> body, List<Bucket> category, List<Bucket> type, List<Bucket> status) {}

  public record Bucket(String value, long count) {}

  public record BodyBucket(String slug, LocalizedText name, long count) {}

  /** The same page with each hit's {@code url} set to {@code link} of it. */
  public SearchResults linked(java.util.function.Function<Hit, String> link) {
    return new SearchResults(
        total,
        approximate,
        page,
        pageSize,
        hits.stream().map(hit -> hit.linked(link.apply(hit))).toList(),
        facets);
  }

  public int pages() {
    return (int) Math.min(SearchService.MAX_PAGE, (total + pageSize - 1) / pageSize);
  }
}
