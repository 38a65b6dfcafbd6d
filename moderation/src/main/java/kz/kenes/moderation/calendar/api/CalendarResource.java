package kz.kenes.moderation.calendar.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.moderation.calendar.CalendarDay;
import kz.kenes.moderation.calendar.CalendarService;

/**
 * The working-day calendar of appeal deadlines: the exceptions to Monday–Friday. Anyone reads it;
 * admins change it.
 */
@Path("api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
  @Inject CurrentActor caller;
  @Inject CalendarService calendar;

  /** One exception. */
  public record DayView(LocalDate date, String kind, String reason, String source) {
    static DayView of(CalendarDay d) {
      return new DayView(d.day(), d.kind().name(), d.reason(), d.source().name());
    }
  }

  /** What an admin sets for a day. */
  public record DayRequest(String kind, String reason, String source) {}

  @GET
  public List<DayView> list(@QueryParam("year") Integer year) {
    return calendar.year(year).stream().map(DayView::of).toList();
  }

  @PUT
  @Path("{date}")
  @Consumes(MediaType.APPLICATION_JSON)
  public DayView set(@PathParam("date") String date, DayRequest request) {
    var admin = caller.require();
    DayRequest body = request == null ? new DayRequest(null, null, null) : request;
    return DayView.of(calendar.set(admin, date, body.kind(), body.reason(), body.source()));
  }

  @DELETE
  @Path("{date}")
  public Response remove(@PathParam("date") String date) {
    calendar.remove(caller.require(), date);
    return Response.noContent().build();
  }
}
