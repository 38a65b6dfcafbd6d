package kz.kenes.moderation.transparency.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.kenes.moderation.transparency.TransparencyReport;
import kz.kenes.moderation.transparency.TransparencyService;

/** The public monthly transparency summary of a body. */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class TransparencyResource {
  @Inject TransparencyService transparency;

  @GET
  @Path("bodies/{slug}/transparency")
  public TransparencyReport report(
      @PathParam("slug") String slug, @QueryParam("month") String month) {
    return transparency.report(slug, month);
  }
}
