package kz.kenes.web.dev;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.web.page.Pages;

/**
 * {@code /dev/sms}: a GET form with a phone number and the SMS the development centre received for
 * it (sign-in codes, appeal receipts), newest first. Demo mode only, 404 otherwise; no script.
 */
@Path("dev/sms")
@Produces("text/html")
public class DevSmsPage {
  @Inject Pages pages;
  @Inject DevSmsCentreClient centre;

  @GET
  public Response show(@QueryParam("to") String to) {
    centre.requireDemo();
    Map<String, Object> params = new HashMap<>();
    params.put("ctx", pages.context());
    params.put("to", to == null ? "" : to);
    params.put("errors", Map.of());
    params.put("messages", List.of());
    params.put("asked", false);
    if (to == null || to.isBlank()) {
      return pages.ok("dev-sms.jte", params);
    }
    String number;
    try {
      number = DevSmsCentreClient.number(to);
    } catch (DomainException.InvalidInput invalid) {
      params.put("errors", Pages.byField(invalid.errors()));
      return pages.page(Response.Status.BAD_REQUEST, "dev-sms.jte", params);
    }
    params.put("to", number);
    params.put("messages", centre.messages(number));
    params.put("asked", true);
    return pages.ok("dev-sms.jte", params);
  }
}
