package kz.kenes.keycloak.phone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;

/**
 * {@code POST /realms/{realm}/phone/code} {@code {"phone": "+77011234567"}}: sends a sign-in code
 * to the number for clients without a browser (the mobile app, a call centre), which then use the
 * direct grant with {@code phone_code}. 202 when sent, the same whether or not the number has an
 * account; 400 for a body that is not such JSON or a number outside Kazakhstan's mobile ranges; 429
 * with {@code Retry-After} over the hourly limits; 503 when the SMS centre did not take it.
 */
public class PhoneCodeResource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 4096;

  private final KeycloakSession session;

  PhoneCodeResource(KeycloakSession session) {
    this.session = session;
  }

  @POST
  @Path("code")
  @Produces(MediaType.APPLICATION_JSON)
  public Response code(String body) {
    Optional<String> phone = phoneOf(body);
    if (phone.isEmpty()) {
      return error(
          400,
          "invalid_phone",
          "phone must be a Kazakh mobile number, for example +77011234567",
          null);
    }
    String address = session.getContext().getConnection().getRemoteAddr();
    PhoneCodes.Issued issued = PhoneService.codes(session).issue(phone.get(), address);
    if (issued.refused()) {
      return error(
          429,
          "too_many_codes",
          "too many codes asked for this number or from this address; try again later",
          String.valueOf(issued.retryAfter().toSeconds()));
    }
    if (!PhoneService.send(phone.get(), issued.code())) {
      return error(503, "sms_unavailable", "the code could not be sent; try again later", "60");
    }
    return Response.status(202).type(MediaType.APPLICATION_JSON).entity("{}").build();
  }

  private static Optional<String> phoneOf(String body) {
    if (body == null || body.isBlank() || body.length() > MAX_BODY) {
      return Optional.empty();
    }
    try {
      JsonNode json = JSON.readTree(body);
      if (json == null || !json.isObject() || !json.path("phone").isTextual()) {
        return Optional.empty();
      }
      return PhoneService.normalize(json.path("phone").textValue());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Response error(int status, String error, String description, String retryAfter) {
    Map<String, String> entity = new LinkedHashMap<>();
    entity.put("error", error);
    entity.put("error_description", description);
    String json;
    try {
      json = JSON.writeValueAsString(entity);
    } catch (IOException e) {
      json = "{\"error\":\"" + error + "\"}";
    }
    Response.ResponseBuilder response =
        Response.status(status).type(MediaType.APPLICATION_JSON).entity(json);
    if (retryAfter != null) {
      response.header("Retry-After", retryAfter);
    }
    return response.build();
  }
}
