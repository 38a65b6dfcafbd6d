package kz.kenes.keycloak.phone;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Predicate;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The two pages shared by the sign-in form and the add-or-change-number action: the number (a code
 * is sent), then the code. The number waiting for its code is kept in the authentication session.
 */
final class PhoneSteps {
  static final String NUMBER_PAGE = "kenes-phone-number.ftl";
  static final String CODE_PAGE = "kenes-phone-code.ftl";
  private static final String PENDING = "kenes.phone.pending";

  /** The outcome of a posted page: a page to show, or the verified number. */
  record Step(Response page, String verified) {}

  private PhoneSteps() {}

  static Response numberPage(LoginFormsProvider form, String error, String entered) {
    if (error != null) {
      form.setError(error);
    }
    if (entered != null) {
      form.setAttribute("kenesPhone", entered.length() > 40 ? "" : entered);
    }
    return form.createForm(NUMBER_PAGE);
  }

  static Response codePage(LoginFormsProvider form, String e164, String error) {
    if (error != null) {
      form.setError(error);
    }
    form.setAttribute("kenesPhoneMasked", PhoneService.mask(e164));
    return form.createForm(CODE_PAGE);
  }

  /**
   * Handles a posted page. {@code taken} says whether a number may not be used (for the action:
   * another account has it); the sign-in form passes a predicate that is always false.
   */
  static Step handle(
      KeycloakSession session,
      AuthenticationSessionModel authSession,
      String address,
      MultivaluedMap<String, String> posted,
      java.util.function.Supplier<LoginFormsProvider> form,
      Predicate<String> taken) {
    String pending = authSession.getAuthNote(PENDING);
    if (posted.containsKey("again")) {
      authSession.removeAuthNote(PENDING);
      return new Step(numberPage(form.get(), null, null), null);
    }
    if (posted.containsKey("code") && pending != null) {
      PhoneCodes.Check check = PhoneService.codes(session).check(pending, posted.getFirst("code"));
      switch (check) {
        case ACCEPTED -> {
          authSession.removeAuthNote(PENDING);
          return new Step(null, pending);
        }
        case WRONG -> {
          return new Step(codePage(form.get(), pending, "kenesPhoneCodeWrong"), null);
        }
        default -> {
          authSession.removeAuthNote(PENDING);
          return new Step(numberPage(form.get(), "kenesPhoneCodeEnded", null), null);
        }
      }
    }
    String entered = posted.getFirst("phone");
    Optional<String> phone = PhoneService.normalize(entered);
    if (phone.isEmpty()) {
      return new Step(numberPage(form.get(), "kenesPhoneInvalid", entered), null);
    }
    if (taken.test(phone.get())) {
      return new Step(numberPage(form.get(), "kenesPhoneTaken", entered), null);
    }
    PhoneCodes.Issued issued = PhoneService.codes(session).issue(phone.get(), address);
    if (issued.refused()) {
      return new Step(numberPage(form.get(), "kenesPhoneTooMany", entered), null);
    }
    if (!PhoneService.send(phone.get(), issued.code())) {
      return new Step(numberPage(form.get(), "kenesPhoneSmsFailed", entered), null);
    }
    authSession.setAuthNote(PENDING, phone.get());
    return new Step(codePage(form.get(), phone.get(), null), null);
  }
}
