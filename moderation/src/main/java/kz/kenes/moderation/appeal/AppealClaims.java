package kz.kenes.moderation.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.PhoneVerified;
import kz.kenes.moderation.privacy.DataKeys;
import kz.kenes.sms.PhoneNumbers;

/**
 * Claiming by phone: the appeals operators took for a mobile number belong to the member whose
 * verified number it is. A member who already has the number gets them at intake; one who signs up
 * (or verifies the number) later gets them in the transaction that first sees the number ({@link
 * PhoneVerified}). Each claim is audited; nobody else reads them (see {@link AppealAccess}).
 */
@ApplicationScoped
public class AppealClaims {
  @Inject AppealRepository appeals;
  @Inject MemberRepository members;
  @Inject AuditLog audit;

  /** Gives the member every unclaimed appeal taken for their newly verified number. */
  void onPhoneVerified(@Observes PhoneVerified verified) {
    var member = members.findByUsername(verified.username()).orElseThrow();
    for (Appeal appeal : appeals.unclaimed(DataKeys.cipher().hash(verified.phone()))) {
      if (appeal.claimBy(member)) {
        audit(member.username(), appeal, verified.phone());
      }
    }
  }

  /** The audit row of a claim: who, which appeal, by which (masked) number. */
  void audit(String username, Appeal appeal, String phone) {
    audit.record(
        username,
        "appeal.claim",
        "appeal",
        appeal.id(),
        PhoneNumbers.mask(phone) + " " + appeal.number().orElse(""));
  }
}
