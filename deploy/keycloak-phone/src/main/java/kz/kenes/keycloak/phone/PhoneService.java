package kz.kenes.keycloak.phone;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import kz.kenes.sms.PhoneNumbers;
import kz.kenes.sms.SmsException;
import kz.kenes.sms.SmsGateway;
import kz.kenes.sms.SmsMessage;
import kz.kenes.sms.SmsSettings;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * What the extension's providers share on one Keycloak node: the settings, the SMS gateway (one
 * connection to the SMS centre per node, opened on first use), and the code rules over the
 * cluster-wide single-use objects. Counters and codes never live here: they are in {@link
 * CodeStore}.
 */
final class PhoneService {
  static final String PHONE = "phone_number";
  static final String VERIFIED = "phone_number_verified";

  private static final Logger LOG = Logger.getLogger(PhoneService.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Object LOCK = new Object();
  private static PhoneSettings settings;
  private static SmsGateway gateway;

  private PhoneService() {}

  static PhoneSettings settings() {
    synchronized (LOCK) {
      if (settings == null) {
        settings = PhoneSettings.from(System::getenv);
      }
      return settings;
    }
  }

  private static SmsGateway gateway() {
    synchronized (LOCK) {
      if (gateway == null) {
        gateway = SmsGateway.open(SmsSettings.fromEnvironment());
      }
      return gateway;
    }
  }

  /** Closes the node's SMS connection (Keycloak shutting down). */
  static void close() {
    synchronized (LOCK) {
      if (gateway != null) {
        try {
          gateway.close();
        } catch (RuntimeException e) {
          LOG.debug("closing the SMS gateway failed", e);
        }
        gateway = null;
      }
    }
  }

  static PhoneCodes codes(KeycloakSession session) {
    PhoneSettings limits = settings();
    return new PhoneCodes(
        new KeycloakCodeStore(session.singleUseObjects()),
        Clock.systemUTC(),
        RANDOM,
        limits.codesPerNumber(),
        limits.codesPerAddress());
  }

  /** The text as a Kazakh mobile number in E.164, or empty. */
  static Optional<String> normalize(String text) {
    return text == null || text.length() > 40 ? Optional.empty() : PhoneNumbers.kazakhMobile(text);
  }

  /** Sends the code; false when the SMS centre did not take it (logged with the number masked). */
  static boolean send(String e164, String code) {
    try {
      gateway().send(new SmsMessage(e164, CodeText.of(code)));
      LOG.infof("KENES-KC-0001 sign-in code sent to %s", PhoneNumbers.mask(e164));
      return true;
    } catch (SmsException e) {
      LOG.warnf(
          "KENES-KC-0002 sign-in code to %s not accepted by the SMS centre: %s",
          PhoneNumbers.mask(e164), e.getClass().getSimpleName());
      return false;
    }
  }

  /** The account whose verified number this is, if any. */
  static Optional<UserModel> accountOf(KeycloakSession session, RealmModel realm, String e164) {
    return session
        .users()
        .searchForUserByUserAttributeStream(realm, PHONE, e164)
        .filter(user -> "true".equals(user.getFirstAttribute(VERIFIED)))
        .findFirst();
  }

  /** The account of this number, created now (username unrelated to the number) if none has it. */
  static UserModel accountOrNew(KeycloakSession session, RealmModel realm, String e164) {
    return accountOf(session, realm, e164)
        .orElseGet(
            () -> {
              String username;
              do {
                username = "kenes-" + randomLetters(8);
              } while (session.users().getUserByUsername(realm, username) != null);
              UserModel user = session.users().addUser(realm, username);
              user.setEnabled(true);
              verify(user, e164);
              LOG.infof(
                  "KENES-KC-0003 account %s created for %s", username, PhoneNumbers.mask(e164));
              return user;
            });
  }

  /** Gives the account this verified number. */
  static void verify(UserModel user, String e164) {
    user.setSingleAttribute(PHONE, e164);
    user.setSingleAttribute(VERIFIED, "true");
  }

  private static String randomLetters(int length) {
    String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  static String mask(String e164) {
    return PhoneNumbers.mask(e164);
  }
}
