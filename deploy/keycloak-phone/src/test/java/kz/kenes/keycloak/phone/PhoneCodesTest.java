package kz.kenes.keycloak.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneCodesTest {
  private static final String NUMBER = "+77011234567";
  private static final String OTHER = "+77077654321";
  private static final String ADDRESS = "10.0.0.1";

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** The single-use objects in memory, with their lifespans on the test clock. */
  private static final class MemoryStore implements CodeStore {
    private final TestClock clock;
    private final Map<String, Map<String, String>> values = new HashMap<>();
    private final Map<String, Instant> expiries = new HashMap<>();

    MemoryStore(TestClock clock) {
      this.clock = clock;
    }

    private void expire(String key) {
      Instant expiry = expiries.get(key);
      if (expiry != null && !clock.instant().isBefore(expiry)) {
        values.remove(key);
        expiries.remove(key);
      }
    }

    @Override
    public void put(String key, long lifespanSeconds, Map<String, String> value) {
      values.put(key, Map.copyOf(value));
      expiries.put(key, clock.instant().plusSeconds(lifespanSeconds));
    }

    @Override
    public Map<String, String> get(String key) {
      expire(key);
      return values.get(key);
    }

    @Override
    public Map<String, String> remove(String key) {
      expire(key);
      expiries.remove(key);
      return values.remove(key);
    }

    @Override
    public boolean replace(String key, Map<String, String> value) {
      expire(key);
      if (!values.containsKey(key)) {
        return false;
      }
      values.put(key, Map.copyOf(value));
      return true;
    }
  }

  private final TestClock clock = new TestClock();
  private final MemoryStore store = new MemoryStore(clock);
  private final PhoneCodes codes = new PhoneCodes(store, clock, new SecureRandom(), 3, 10);

  @Test
  void aCodeIsSixDigitsAndWorksOnce() {
    String code = codes.issue(NUMBER, ADDRESS).code();

    assertThat(code).matches("[0-9]{6}");
    assertThat(codes.check(NUMBER, code)).isEqualTo(PhoneCodes.Check.ACCEPTED);
    assertThat(codes.check(NUMBER, code)).isEqualTo(PhoneCodes.Check.ENDED);
  }

  @Test
  void aCodeBelongsToItsNumberOnly() {
    String code = codes.issue(NUMBER, ADDRESS).code();

    assertThat(codes.check(OTHER, code)).isEqualTo(PhoneCodes.Check.ENDED);
    assertThat(codes.check(NUMBER, code)).isEqualTo(PhoneCodes.Check.ACCEPTED);
  }

  @Test
  void neitherTheCodeNorTheNumberIsStoredInClear() {
    String code = codes.issue(NUMBER, ADDRESS).code();

    assertThat(store.values.toString()).doesNotContain(code).doesNotContain("7011234567");
  }

  @Test
  void aCodeExpiresAfterFiveMinutes() {
    String code = codes.issue(NUMBER, ADDRESS).code();
    clock.advance(Duration.ofMinutes(5));

    assertThat(codes.check(NUMBER, code)).isEqualTo(PhoneCodes.Check.ENDED);
  }

  @Test
  void aCodeStillWorksJustBeforeFiveMinutes() {
    String code = codes.issue(NUMBER, ADDRESS).code();
    clock.advance(Duration.ofMinutes(5).minusSeconds(1));

    assertThat(codes.check(NUMBER, code)).isEqualTo(PhoneCodes.Check.ACCEPTED);
  }

  @Test
  void fourWrongTriesLeaveTheCodeUsableAndTheFifthEndsIt() {
    String code = codes.issue(NUMBER, ADDRESS).code();
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 4; i++) {
      assertThat(codes.check(NUMBER, wrong)).isEqualTo(PhoneCodes.Check.WRONG);
    }
    assertThat(codes.check(NUMBER, code)).isEqualTo(PhoneCodes.Check.ACCEPTED);

    String next = codes.issue(NUMBER, ADDRESS).code();
    String wrongNext = next.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 4; i++) {
      codes.check(NUMBER, wrongNext);
    }
    assertThat(codes.check(NUMBER, wrongNext)).isEqualTo(PhoneCodes.Check.ENDED);
    assertThat(codes.check(NUMBER, next)).isEqualTo(PhoneCodes.Check.ENDED);
  }

  @Test
  void aNewCodeReplacesTheOldOne() {
    String first = codes.issue(NUMBER, ADDRESS).code();
    String second = codes.issue(NUMBER, ADDRESS).code();

    if (!first.equals(second)) {
      assertThat(codes.check(NUMBER, first)).isEqualTo(PhoneCodes.Check.WRONG);
    }
    assertThat(codes.check(NUMBER, second)).isEqualTo(PhoneCodes.Check.ACCEPTED);
  }

  @Test
  void garbageIsAWrongTryNotAnError() {
    codes.issue(NUMBER, ADDRESS);

    assertThat(codes.check(NUMBER, null)).isEqualTo(PhoneCodes.Check.WRONG);
    assertThat(codes.check(NUMBER, "12345678901234567890")).isEqualTo(PhoneCodes.Check.WRONG);
    assertThat(codes.check(NUMBER, "abc")).isEqualTo(PhoneCodes.Check.WRONG);
  }

  @Test
  void theFourthCodeForANumberWithinAnHourIsRefusedUntilTheFirstLeavesTheWindow() {
    for (int i = 0; i < 3; i++) {
      assertThat(codes.issue(NUMBER, "10.0.0." + i).refused()).isFalse();
      clock.advance(Duration.ofMinutes(10));
    }
    PhoneCodes.Issued fourth = codes.issue(NUMBER, "10.0.0.9");

    assertThat(fourth.refused()).isTrue();
    assertThat(fourth.retryAfter()).isEqualTo(Duration.ofMinutes(30));
    assertThat(codes.issue(OTHER, "10.0.0.9").refused()).isFalse();

    clock.advance(Duration.ofMinutes(30));
    assertThat(codes.issue(NUMBER, "10.0.0.9").refused()).isFalse();
  }

  @Test
  void theEleventhCodeFromAnAddressWithinAnHourIsRefused() {
    for (int i = 0; i < 10; i++) {
      assertThat(codes.issue("+7701000000" + i, ADDRESS).refused()).isFalse();
    }

    assertThat(codes.issue("+77010000010", ADDRESS).refused()).isTrue();
    assertThat(codes.issue("+77010000010", "10.0.0.2").refused()).isFalse();
    clock.advance(Duration.ofHours(1));
    assertThat(codes.issue("+77010000011", ADDRESS).refused()).isFalse();
  }

  @Test
  void limitsAreConfigurable() {
    PhoneCodes generous = new PhoneCodes(store, clock, new SecureRandom(), 5, 1000);
    for (int i = 0; i < 5; i++) {
      assertThat(generous.issue(NUMBER, ADDRESS).refused()).isFalse();
    }
    assertThat(generous.issue(NUMBER, ADDRESS).refused()).isTrue();
  }

  @Test
  void theSettingsReadTheEnvironmentWithDefaults() {
    assertThat(PhoneSettings.from(name -> null)).isEqualTo(new PhoneSettings(3, 10));
    assertThat(
            PhoneSettings.from(
                Map.of(PhoneSettings.PER_NUMBER, "4", PhoneSettings.PER_ADDRESS, " 500 ")::get))
        .isEqualTo(new PhoneSettings(4, 500));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PhoneSettings.from(Map.of(PhoneSettings.PER_NUMBER, "0")::get))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSmsNamesKenesAndTheCodeInKazakhAndRussianWithinOneSegment() {
    String text = CodeText.of("123456");

    assertThat(text).contains("123456").contains("Kenes").contains("коды").contains("код входа");
    assertThat(text.length()).isLessThanOrEqualTo(70);
  }
}
