package kz.kenes.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.Role;
import kz.kenes.search.index.SearchIndexAdmin;
import kz.kenes.search.index.SearchReconciliation;
import kz.kenes.search.query.SearchUnavailable;

/**
 * Admins compare the search index with the database (the page beside {@code GET
 * /api/v1/admin/search/reconciliation}) and repair the differences; while the index cannot be read
 * the page says so instead of failing.
 */
@Path("admin/search")
@Produces("text/html")
public class AdminSearchPage {
  @Inject Pages pages;
  @Inject SearchReconciliation reconciliation;
  @Inject SearchIndexAdmin index;
  @Inject CurrentActor caller;

  @GET
  public Response show(
      @QueryParam("reindexed") Integer reindexed, @QueryParam("purged") Integer purged) {
    var actor = caller.get();
    if (actor.isEmpty()) {
      return Response.seeOther(URI.create(pages.context().loginUrl())).build();
    }
    actor.get().require(Role.ADMIN);
    SearchReconciliation.Report report;
    try {
      report = reconciliation.reconcile(actor.get());
    } catch (SearchUnavailable unreadable) {
      report = null;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("report", report);
    params.put("reindex", index.state());
    params.put("reindexed", reindexed == null || reindexed < 0 ? -1 : reindexed);
    params.put("purged", purged == null || purged < 0 ? 0 : purged);
    return pages.ok("admin-search.jte", params);
  }

  @POST
  @Path("repair")
  public Response repair() {
    var done = reconciliation.repair(caller.require());
    return Response.seeOther(
            URI.create("/admin/search?reindexed=" + done.reindexed() + "&purged=" + done.purged()))
        .build();
  }
}
