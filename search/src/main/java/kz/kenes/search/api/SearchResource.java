package kz.kenes.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.PageLinks;
import kz.kenes.forum.platform.Role;
import kz.kenes.search.index.SearchIndexAdmin;
import kz.kenes.search.index.SearchReconciliation;
import kz.kenes.search.query.SearchRequest;
import kz.kenes.search.query.SearchResults;
import kz.kenes.search.query.SearchService;
import kz.kenes.search.query.SimilarThread;

/**
 * Search (public), similar threads while composing (public), the admin's reindex and the
 * reconciliation of the index with the database (admins).
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
  @Inject SearchService search;
  @Inject SearchIndexAdmin index;
  @Inject CurrentActor caller;
  @Inject PageLinks links;
  @Inject SearchReconciliation reconciliation;

  @GET
  @Path("search")
  public SearchResults search(
      @QueryParam("q") String q,
      @QueryParam("body") String body,
      @QueryParam("category") String category,
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("page") String page) {
    return search
        .search(new SearchRequest(q, body, category, type, status, page))
        .linked(
            hit ->
                hit.onThread()
                    ? links.thread(hit.threadId(), hit.anchor())
                    : links.body(hit.body(), hit.anchor()));
  }

  @GET
  @Path("bodies/{slug}/similar")
  public List<SimilarThread> similar(
      @PathParam("slug") String slug, @QueryParam("title") String title) {
    return search.similar(slug, title);
  }

  /** Starts a mass reindex (admins only); 202 with the reindex state. */
  @POST
  @Path("admin/search/reindex")
  public Response reindex() {
    return Response.accepted(index.reindex(caller.require())).build();
  }

  /** The state of the last or current reindex (admins only). */
  @GET
  @Path("admin/search/reindex")
  public SearchIndexAdmin.ReindexState reindexState() {
    caller.require().require(Role.ADMIN);
    return index.state();
  }

  /**
   * The index compared with the database (admins only): counts of threads and posts on each side,
   * the ids missing from the index and the extra ones (listed up to {@value
   * SearchReconciliation#LISTED} each); 503 while the index cannot be read.
   */
  @GET
  @Path("admin/search/reconciliation")
  public SearchReconciliation.Report reconciliation() {
    return reconciliation.reconcile(caller.require());
  }

  /**
   * Re-enqueues the documents missing from the index and deletes the extra ones (admins only,
   * audited); the answer carries the comparison it started from.
   */
  @POST
  @Path("admin/search/reconciliation/repair")
  public SearchReconciliation.Repair repair() {
    return reconciliation.repair(caller.require());
  }
}
