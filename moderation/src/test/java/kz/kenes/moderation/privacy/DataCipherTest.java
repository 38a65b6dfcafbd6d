package kz.kenes.moderation.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataCipherTest {
  static final byte[] K1 = key(1);
  static final byte[] K2 = key(2);
  static final String IIN = "900101300127";

  static byte[] key(int seed) {
    byte[] k = new byte[32];
    for (int i = 0; i < k.length; i++) {
      k[i] = (byte) (seed * 31 + i);
    }
    return k;
  }

  @Test
  void aValueRoundTripsAndIsNeitherClearNorRepeated() {
    DataCipher cipher = new DataCipher(K1, List.of());
    String stored = cipher.encrypt(IIN);
    assertThat(stored).startsWith("v1:" + cipher.currentKeyId() + ":").doesNotContain(IIN);
    assertThat(cipher.decrypt(stored)).isEqualTo(IIN);
    assertThat(cipher.encrypt(IIN)).as("a fresh nonce each time").isNotEqualTo(stored);
    assertThat(cipher.decrypt(cipher.encrypt("Айгүл Сейітова"))).isEqualTo("Айгүл Сейітова");
    assertThat(cipher.encrypt(null)).isNull();
    assertThat(cipher.decrypt(null)).isNull();
  }

  @Test
  void anAlteredValueIsAnErrorThatDoesNotQuoteIt() {
    DataCipher cipher = new DataCipher(K1, List.of());
    String stored = cipher.encrypt(IIN);
    int at = stored.lastIndexOf(':') + 1;
    byte[] raw = Base64.getDecoder().decode(stored.substring(at));
    raw[raw.length - 1] ^= 1;
    String altered = stored.substring(0, at) + Base64.getEncoder().encodeToString(raw);
    assertThatThrownBy(() -> cipher.decrypt(altered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining(IIN);
    assertThatThrownBy(() -> cipher.decrypt(stored.substring(0, at) + "AAAA"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void afterRotationOldValuesStillReadAndNewOnesUseTheNewKey() {
    DataCipher before = new DataCipher(K1, List.of());
    String old = before.encrypt(IIN);
    DataCipher after = new DataCipher(K2, List.of(K1));
    assertThat(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
    assertThat(after.decrypt(old)).isEqualTo(IIN);
    assertThat(old).doesNotStartWith(after.currentPrefix());
    assertThat(after.encrypt(IIN)).startsWith(after.currentPrefix());
    assertThatThrownBy(() -> new DataCipher(K2, List.of()).decrypt(old))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(before.currentKeyId());
  }

  @Test
  void clearTextWrittenBeforeEncryptionReadsAsItIs() {
    assertThat(new DataCipher(K1, List.of()).decrypt(IIN)).isEqualTo(IIN);
  }

  @Test
  void theLookupHashIsKeyedAndStable() {
    DataCipher cipher = new DataCipher(K1, List.of());
    assertThat(cipher.hash(IIN)).hasSize(64).isEqualTo(cipher.hash(IIN)).doesNotContain(IIN);
    assertThat(new DataCipher(K2, List.of()).hash(IIN)).isNotEqualTo(cipher.hash(IIN));
  }

  @Test
  void aKeyMustHave256Bits() {
    assertThatThrownBy(() -> new DataCipher(new byte[16], List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
