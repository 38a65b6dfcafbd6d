package kz.kenes.web.dev;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code GET /api/v1/dev/sms?to=<E.164>}: the SMS the development centre received for a number,
 * newest first. Demo mode only (404 otherwise) and public there: it shows sign-in codes to whoever
 * asks, which is its purpose on a demo and why production never sets {@code KENES_DEMO_DATA}.
 */
@Path("api/v1/dev/sms")
@Produces(MediaType.APPLICATION_JSON)
public class DevSmsResource {
  @Inject DevSmsCentreClient centre;

  @GET
  public Response list(@QueryParam("to") String to) {
    centre.requireDemo();
    List<ReceivedSms> messages = centre.messages(DevSmsCentreClient.number(to));
    return Response.ok(messages).header("Cache-Control", "no-store").build();
  }
}
