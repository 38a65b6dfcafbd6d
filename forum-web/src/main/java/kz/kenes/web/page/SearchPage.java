package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.thread.Category;
import kz.kenes.forum.thread.ThreadStatus;
import kz.kenes.forum.thread.ThreadType;
import kz.kenes.search.query.SearchRequest;
import kz.kenes.search.query.SearchResults;
import kz.kenes.search.query.SearchService;

/** The search page: a GET form, results with highlighted snippets, facets as filters, paging. */
@Path("search")
@Produces("text/html")
public class SearchPage {
  @Inject Pages pages;
  @Inject SearchService search;

  /** One choice of a facet filter as the form shows it. */
  public record Option(String value, String label, long count, boolean selected) {}

  /** A facet: the query parameter it sets, its heading key and its choices. */
  public record Facet(String param, String headingKey, List<Option> options) {}

  @GET
  public Response show(
      @QueryParam("q") String q,
      @QueryParam("body") String body,
      @QueryParam("category") String category,
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("page") String page) {
    PageContext ctx = pages.context();
    SearchRequest request = new SearchRequest(q, body, category, type, status, page);
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", ctx);
    params.put("q", q == null ? "" : q);
    params.put("errors", Map.of());
    params.put("results", null);
    params.put("facets", List.of());
    params.put("previous", "");
    params.put("next", "");
    if (q == null || q.isBlank()) {
      return pages.ok("search.jte", params);
    }
    try {
      SearchResults results = search.search(request);
      params.put("results", results);
      params.put("facets", facets(ctx, results, request));
      params.put("previous", results.page() > 1 ? link(request, results.page() - 1) : "");
      params.put("next", results.page() < results.pages() ? link(request, results.page() + 1) : "");
      return pages.ok("search.jte", params);
    } catch (DomainException.InvalidInput invalid) {
      params.put("errors", Pages.byField(invalid.errors()));
      return pages.page(Response.Status.BAD_REQUEST, "search.jte", params);
    }
  }

  private static List<Facet> facets(PageContext ctx, SearchResults results, SearchRequest r) {
    List<Facet> facets = new ArrayList<>();
    facets.add(
        new Facet(
            "body",
            "search.facet.body",
            results.facets().body().stream()
                .map(
                    b ->
                        new Option(
                            b.slug(),
                            b.name() == null ? b.slug() : ctx.text(b.name()),
                            b.count(),
                            b.slug().equals(r.body())))
                .toList()));
    facets.add(
        facet(
            "category",
            "search.facet.category",
            results.facets().category(),
            r.category(),
            v -> ctx.label(Category.valueOf(v))));
    facets.add(
        facet(
            "type",
            "search.facet.type",
            results.facets().type(),
            r.type(),
            v -> ctx.label(ThreadType.valueOf(v))));
    facets.add(
        facet(
            "status",
            "search.facet.status",
            results.facets().status(),
            r.status(),
            v -> ctx.label(ThreadStatus.valueOf(v))));
    return facets;
  }

  private static Facet facet(
      String param,
      String heading,
      List<SearchResults.Bucket> buckets,
      String selected,
      Function<String, String> label) {
    return new Facet(
        param,
        heading,
        buckets.stream()
            .map(
                b ->
                    new Option(
                        b.value(), label.apply(b.value()), b.count(), b.value().equals(selected)))
            .toList());
  }

  private static String link(SearchRequest r, int page) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("q", r.q());
    query.put("body", r.body());
    query.put("category", r.category());
    query.put("type", r.type());
    query.put("status", r.status());
    query.put("page", Integer.toString(page));
    StringBuilder url = new StringBuilder("/search");
    char sep = '?';
    for (var e : query.entrySet()) {
      if (e.getValue() != null && !e.getValue().isBlank()) {
        url.append(sep)
            .append(e.getKey())
            .append('=')
            .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return url.toString();
  }
}
