package kz.kenes.forum.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import kz.kenes.forum.audit.AuditEntry;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.platform.CurrentActor;

/** The audit log for admins: every staff action, newest first, filtered. */
@Path("api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject CurrentActor caller;
  @Inject AuditLog audit;

  /** One entry. */
  public record EntryView(
      long id,
      Instant at,
      String actor,
      String action,
      String targetType,
      String targetId,
      String detail) {
    static EntryView of(AuditEntry e) {
      return new EntryView(
          e.id(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(), e.detail());
    }
  }

  @GET
  public List<EntryView> browse(
      @QueryParam("action") String action,
      @QueryParam("actor") String actor,
      @QueryParam("targetType") String targetType,
      @QueryParam("page") String page) {
    return audit
        .browse(
            caller.require(),
            action,
            actor,
            targetType,
            kz.kenes.forum.platform.Validation.page(page))
        .stream()
        .map(EntryView::of)
        .toList();
  }
}
