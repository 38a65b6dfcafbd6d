package kz.kenes.search.api;

import java.util.List;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.search.index.DocumentKind;
import kz.kenes.search.query.SearchResults;

/**
 * A page of search results as the API shows it: each hit with the absolute {@code url} of the page
 * (and the place on it) that shows it, made by the web layer's {@link PageLinks}.
 */
public record SearchResultsView(
    long total,
    boolean approximate,
    int page,
    int pageSize,
    List<HitView> hits,
    SearchResults.Facets facets) {

  /** One hit; see {@link SearchResults.Hit}. */
  public record HitView(
      DocumentKind kind,
      long id,
      Long threadId,
      String title,
      String snippet,
      String body,
      float score,
      String url) {}

  static SearchResultsView of(SearchResults results, PageLinks links) {
    return new SearchResultsView(
        results.total(),
        results.approximate(),
        results.page(),
        results.pageSize(),
        results.hits().stream()
            .map(
                hit ->
                    new HitView(
                        hit.kind(),
                        hit.id(),
                        hit.threadId(),
                        hit.title(),
                        hit.snippet(),
                        hit.body(),
                        hit.score(),
                        hit.onThread()
                            ? links.thread(hit.threadId(), hit.anchor())
                            : links.body(hit.body(), hit.anchor())))
            .toList(),
        results.facets());
  }
}
