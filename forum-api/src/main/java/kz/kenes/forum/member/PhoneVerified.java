package kz.kenes.forum.member;

/**
 * A member's verified mobile number was seen for the first time, or changed: {@code phone} (E.164)
 * now belongs to the member {@code username}. Fired inside the transaction of the member's action
 * by {@link MemberRepository#ensure(kz.kenes.forum.platform.Actor)}, so observers that must act
 * with it (claiming appeals taken for that number) observe it in that transaction, and those that
 * send or index observe it {@code during = TransactionPhase.AFTER_SUCCESS}. Never log {@code phone}
 * unmasked.
 */
public record PhoneVerified(String username, String phone) {
  public PhoneVerified {
    java.util.Objects.requireNonNull(username, "username");
    java.util.Objects.requireNonNull(phone, "phone");
  }

  @Override
  public String toString() {
    return "PhoneVerified[username=" + username + ", phone=" + masked(phone) + "]";
  }

  private static String masked(String e164) {
    return e164.length() < 9
        ? "***"
        : e164.substring(0, 5) + "***" + e164.substring(e164.length() - 4);
  }
}
