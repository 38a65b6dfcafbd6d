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

  @Column(name = "notify_email", nullable = false)
  private boolean notifyEmail = true;

  @Column(name = "notify_sms", nullable = false)
  private boolean notifySms = true;

  @Column(name = "notify_sms_answers", nullable = false)
  private boolean notifySmsAnswers = false;

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

  /** Whether email notifications reach this member: chosen (the default) and an address known. */
  public boolean wantsEmail() {
    return notifyEmail && email != null;
  }

  /**
   * Whether SMS of their appeals' steps reach this member: chosen (the default) and a verified
   * phone known ({@link #phone()}).
   */
  public boolean wantsSms() {
    return notifySms && phone != null;
  }

  /**
   * Whether an SMS reaches this member when an official answers a thread they follow: chosen (off
   * until they opt in) and a verified phone known.
   */
  public boolean wantsAnswerSms() {
    return notifySmsAnswers && phone != null;
  }

  /** The member's channel choices as they chose them, whatever address or phone they have. */
  public ChannelChoices channels() {
    return new ChannelChoices(notifyEmail, notifySms, notifySmsAnswers);
  }

  /** Takes the member's new channel choices. */
  public void choose(ChannelChoices choices) {
    this.notifyEmail = choices.email();
    this.notifySms = choices.sms();
    this.notifySmsAnswers = choices.smsAnswers();
  }

  /**
   * Which channels a member chose: email, SMS of appeal steps, SMS when an official answers a
   * followed thread.
   */
  public record ChannelChoices(boolean email, boolean sms, boolean smsAnswers) {}
}
