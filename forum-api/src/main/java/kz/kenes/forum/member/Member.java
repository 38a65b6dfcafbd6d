package kz.kenes.forum.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who takes part in Kenes: the Kenes side of a Keycloak account, keyed by its username.
 * The display name follows the account's name each time the person acts.
 */
@Entity
@Table(name = "member")
public class Member {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** The verified address the identity provider last gave, for email notifications; or null. */
  @Column private String email;

  /**
   * The Kazakh mobile number (E.164) the identity provider last vouched for as verified, or null.
   * Unique: one member per number.
   */
  @Column(unique = true, length = 16)
  private String phone;

  protected Member() {}

  public Member(String username, String displayName, Instant now) {
    this.username = Objects.requireNonNull(username, "username");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Takes the account's current name; returns whether it changed. */
  public boolean rename(String newDisplayName) {
    if (newDisplayName == null || newDisplayName.isBlank() || newDisplayName.equals(displayName)) {
      return false;
    }
    this.displayName = newDisplayName.strip();
    return true;
  }

  public java.util.Optional<String> email() {
    return java.util.Optional.ofNullable(email);
  }

  /** The verified mobile number in E.164 ({@code +77XXXXXXXXX}), if the account has one. */
  public java.util.Optional<String> phone() {
    return java.util.Optional.ofNullable(phone);
  }

  /**
   * Takes the account's current verified number (null: it has none); returns whether it changed.
   */
  public boolean phoneNumber(String e164) {
    if (Objects.equals(phone, e164)) {
      return false;
    }
    this.phone = e164;
    return true;
  }

  /** Takes the account's current verified address (null keeps none). */
  public void emailAddress(String address) {
    this.email = address;
  }
}
