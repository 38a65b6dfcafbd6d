package kz.kenes.moderation.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest: AES-256-GCM with a random 96-bit nonce, stored as {@code v1:<key
 * id>:<base64 of nonce and ciphertext with tag>}. The key id (8 hex digits of a hash of the key)
 * says which key wrote a value, so keys can be rotated: the current key writes, old keys still
 * read. {@link #hash} gives the keyed hash (HMAC-SHA256 with a key derived from the current key)
 * that lookups by a value use instead of the value.
 */
public final class DataCipher {
  static final String VERSION = "v1:";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Key(String id, SecretKeySpec aes) {}

  private final Key current;
  private final Map<String, Key> readable = new LinkedHashMap<>();
  private final SecretKeySpec hashKey;

  /** {@code current} writes and reads; each of {@code old} only reads. Keys are 32 bytes. */
  public DataCipher(byte[] current, List<byte[]> old) {
    this.current = key(current);
    readable.put(this.current.id(), this.current);
    for (byte[] k : old) {
      Key key = key(k);
      readable.putIfAbsent(key.id(), key);
    }
    this.hashKey = new SecretKeySpec(hmac(current, "kenes lookup hash v1"), "HmacSHA256");
  }

  private static Key key(byte[] raw) {
    Objects.requireNonNull(raw, "key");
    if (raw.length != KEY_BYTES) {
      throw new IllegalArgumentException("a data key has 32 bytes (256 bits), not " + raw.length);
    }
    String id = HexFormat.of().formatHex(hmac(raw, "kenes key id")).substring(0, 8);
    return new Key(id, new SecretKeySpec(raw, "AES"));
  }

  /** The id of the key that writes. */
  public String currentKeyId() {
    return current.id();
  }

  /** The prefix of every value written with the current key. */
  public String currentPrefix() {
    return VERSION + current.id() + ":";
  }

  /** The stored form of {@code plain}; null stays null. */
  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, current.aes(), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return currentPrefix() + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /**
   * The plain value of {@code stored}. A value without the {@code v1:} prefix was written before
   * encryption and is returned as it is (start-up encrypts such rows, {@link Reencryption}).
   *
   * @throws IllegalStateException when the key is unknown or the value was altered; the message
   *     names the key id only
   */
  public String decrypt(String stored) {
    if (stored == null || !stored.startsWith(VERSION)) {
      return stored;
    }
    int colon = stored.indexOf(':', VERSION.length());
    if (colon < 0) {
      throw new IllegalStateException("an encrypted value without a key id");
    }
    String id = stored.substring(VERSION.length(), colon);
    Key key = readable.get(id);
    if (key == null) {
      throw new IllegalStateException(
          "personal data was encrypted with key " + id + ", which is not configured");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
      if (in.length < NONCE_BYTES) {
        throw new IllegalStateException("an encrypted value too short to hold its nonce");
      }
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.DECRYPT_MODE, key.aes(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      return new String(
          aes.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "personal data encrypted with key " + id + " could not be decrypted (altered?)", e);
    }
  }

  /** The keyed hash of {@code value} for lookups, 64 hex digits. */
  public String hash(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private static byte[] hmac(byte[] key, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
