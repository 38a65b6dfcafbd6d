package kz.kenes.keycloak.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of one-time sign-in codes. A code is 6 digits from {@link SecureRandom}, valid for
 * {@link #VALIDITY}, kept only as a salted SHA-256 hash, used once; {@link #MAX_TRIES} wrong
 * entries end it. A new code for a number replaces its previous one. At most {@code perNumber}
 * codes per number and {@code perAddress} codes per client address are issued in any hour.
 *
 * <p>Everything lives in a {@link CodeStore} (Keycloak's single-use objects, shared by the nodes),
 * so that a code asked on one node is checked on another. Keys hold a hash of the number, never the
 * number itself.
 */
public final class PhoneCodes {
  public static final Duration VALIDITY = Duration.ofMinutes(5);
  public static final Duration WINDOW = Duration.ofHours(1);
  public static final int MAX_TRIES = 5;
  public static final int DIGITS = 6;

  private static final String CODE = "kenes-phone-code:";
  private static final String SENT_TO_NUMBER = "kenes-phone-sent-number:";
  private static final String SENT_FROM_ADDRESS = "kenes-phone-sent-address:";

  /** What became of a code entered. */
  public enum Check {
    /** Right: the code is used up and the number is verified. */
    ACCEPTED,
    /** Wrong: tries remain. */
    WRONG,
    /** Wrong for the last time, expired, already used, or never issued: ask for a new one. */
    ENDED
  }

  /** The answer to a request for a code: the code to send, or how long until one may be asked. */
  public record Issued(String code, Duration retryAfter) {
    public boolean refused() {
      return code == null;
    }
  }

  private final CodeStore store;
  private final Clock clock;
  private final SecureRandom random;
  private final int perNumber;
  private final int perAddress;

  public PhoneCodes(
      CodeStore store, Clock clock, SecureRandom random, int perNumber, int perAddress) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    if (perNumber < 1 || perAddress < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
    this.perNumber = perNumber;
    this.perAddress = perAddress;
  }

  /**
   * A new code for {@code e164} asked from {@code address}, counted against both hourly limits; or
   * a refusal with the time until the oldest counted request leaves the window. The limits count
   * requests, not only sent codes, so that a refused request is not a way to probe.
   */
  public Issued issue(String e164, String address) {
    Instant now = clock.instant();
    String numberKey = SENT_TO_NUMBER + digest(e164);
    String addressKey = SENT_FROM_ADDRESS + digest(address == null ? "" : address);
    List<Instant> byNumber = recent(numberKey, now);
    List<Instant> byAddress = recent(addressKey, now);
    Duration wait = Duration.ZERO;
    if (byNumber.size() >= perNumber) {
      wait = max(wait, Duration.between(now, byNumber.get(0).plus(WINDOW)));
    }
    if (byAddress.size() >= perAddress) {
      wait = max(wait, Duration.between(now, byAddress.get(0).plus(WINDOW)));
    }
    if (!wait.isZero()) {
      return new Issued(null, max(wait, Duration.ofSeconds(1)));
    }
    record(numberKey, byNumber, now);
    record(addressKey, byAddress, now);
    String code = newCode();
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    String saltHex = HexFormat.of().formatHex(salt);
    store.put(
        CODE + digest(e164),
        VALIDITY.toSeconds(),
        Map.of(
            "hash",
            hash(saltHex, code),
            "salt",
            saltHex,
            "tries",
            "0",
            "expires",
            String.valueOf(now.plus(VALIDITY).toEpochMilli())));
    return new Issued(code, Duration.ZERO);
  }

  /** Checks a code entered for {@code e164}; a right code is used up at once. */
  public Check check(String e164, String entered) {
    String key = CODE + digest(e164);
    Map<String, String> state = store.get(key);
    if (state == null) {
      return Check.ENDED;
    }
    if (clock.millis() >= Long.parseLong(state.get("expires"))) {
      store.remove(key);
      return Check.ENDED;
    }
    String candidate = entered == null ? "" : entered.strip();
    boolean right =
        candidate.length() == DIGITS
            && MessageDigest.isEqual(
                hash(state.get("salt"), candidate).getBytes(StandardCharsets.US_ASCII),
                state.get("hash").getBytes(StandardCharsets.US_ASCII));
    if (right) {
      // single use: of two nodes checking the same right code at once, only one removes it
      return store.remove(key) != null ? Check.ACCEPTED : Check.ENDED;
    }
    int tries = Integer.parseInt(state.get("tries")) + 1;
    if (tries >= MAX_TRIES) {
      store.remove(key);
      return Check.ENDED;
    }
    Map<String, String> next = new java.util.HashMap<>(state);
    next.put("tries", String.valueOf(tries));
    return store.replace(key, next) ? Check.WRONG : Check.ENDED;
  }

  private String newCode() {
    char[] digits = new char[DIGITS];
    for (int i = 0; i < DIGITS; i++) {
      digits[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(digits);
  }

  private List<Instant> recent(String key, Instant now) {
    Map<String, String> value = store.get(key);
    List<Instant> times = new ArrayList<>();
    if (value != null && value.get("times") != null && !value.get("times").isEmpty()) {
      Arrays.stream(value.get("times").split(","))
          .map(millis -> Instant.ofEpochMilli(Long.parseLong(millis)))
          .filter(time -> time.plus(WINDOW).isAfter(now))
          .sorted()
          .forEach(times::add);
    }
    return times;
  }

  private void record(String key, List<Instant> times, Instant now) {
    List<String> kept = new ArrayList<>();
    times.forEach(time -> kept.add(String.valueOf(time.toEpochMilli())));
    kept.add(String.valueOf(now.toEpochMilli()));
    store.put(key, WINDOW.toSeconds(), Map.of("times", String.join(",", kept)));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String hash(String saltHex, String code) {
    return digest(saltHex + ":" + code);
  }

  /** SHA-256 in hex: keys and stored codes never hold a number or a code in clear. */
  static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
