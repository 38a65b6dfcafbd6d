package kz.kenes.forum.notification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.kenes.forum.notification.ChannelSettings;
import kz.kenes.forum.platform.CurrentActor;
import kz.kenes.forum.platform.Validation;

/**
 * The caller's choice of notification channels: {@code email}, {@code sms} (steps of their appeals)
 * and {@code smsAnswers} (an official answered a thread they follow), with {@code hasEmail} and
 * {@code hasPhone} telling whether the account has what the channel needs.
 */
@Path("api/v1/me/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {
  @Inject CurrentActor caller;
  @Inject ChannelSettings settings;

  /** A change: each field optional, a missing one keeps its choice; at least one is needed. */
  public record SettingsRequest(Boolean email, Boolean sms, Boolean smsAnswers) {}

  @GET
  public ChannelSettings.Settings get() {
    return settings.mine(caller.require());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ChannelSettings.Settings put(SettingsRequest request) {
    var actor = caller.require();
    if (request == null
        || (request.email() == null && request.sms() == null && request.smsAnswers() == null)) {
      Validation check = new Validation();
      check.reject("email", "validation.required");
      check.throwIfInvalid();
    }
    return settings.choose(actor, request.email(), request.sms(), request.smsAnswers());
  }
}
