package kz.kenes.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.moderation.appeal.Appeal;
import kz.kenes.moderation.appeal.AppealQueries;
import kz.kenes.moderation.appeal.IntakeRequest;
import kz.kenes.moderation.appeal.IntakeService;
import org.junit.jupiter.api.Test;

/**
 * Claiming by phone, in the container: the appeals an operator took for a number belong to the
 * member whose verified phone it is, at once when the member exists and at their first sign-in with
 * that number otherwise; they list them among their appeals, nobody else reads them, and each claim
 * is audited with the number masked.
 */
@KenesIT(inContainer = true)
class PhoneClaimIT {
  @Inject IntakeService intake;
  @Inject AppealQueries appeals;
  @Inject AuditLog audit;

  private final Actor operator =
      new Actor("operator", "Данияр Қасымов", Set.of(Role.RESIDENT, Role.OPERATOR));

  private static String freshPhone() {
    return "+7707" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
  }

  private static Actor resident(String phone) {
    return new Actor(
        "it-claim-" + UUID.randomUUID().toString().substring(0, 8),
        "Claim Resident",
        Set.of(Role.RESIDENT),
        null,
        phone);
  }

  private Appeal take(String phone) {
    return intake.register(
        operator,
        new IntakeRequest(
            "aktogay-district-akimat",
            "PHONE",
            phone,
            "Гүлжан Серікова",
            "900101300126",
            "Ақтоғай ауылы, Бірлік көшесі 3",
            "Көше жарығы",
            "Біздің көшеде шамдар бір айдан бері жанбайды.",
            "LIGHTING",
            null));
  }

  private List<Long> mine(Actor actor) {
    return appeals.mine(actor).stream().map(Appeal::id).toList();
  }

  @Test
  void aMemberWhoSignsInLaterWithTheVerifiedNumberFindsTheAppealsTakenForIt() {
    String phone = freshPhone();
    Appeal first = take(phone);
    Appeal second = take(phone);
    assertEquals(Optional.empty(), first.applicantUsername());

    Actor stranger = resident(null);
    assertFalse(mine(stranger).contains(first.id()));
    assertThrows(DomainException.Forbidden.class, () -> appeals.get(stranger, first.id()));

    Actor owner = resident(phone);
    assertEquals(List.of(second.id(), first.id()), mine(owner));
    assertEquals(
        Optional.of(owner.username()), appeals.get(owner, first.id()).appeal().applicantUsername());
    assertTrue(appeals.personalData(owner, first.id()).isPresent());

    String masked = phone.substring(0, 5) + "***" + phone.substring(phone.length() - 4);
    var claims =
        audit.latest("appeal.claim", 50).stream()
            .filter(e -> e.actor().equals(owner.username()))
            .toList();
    assertEquals(2, claims.size());
    for (var claim : claims) {
      assertTrue(claim.detail().startsWith(masked), claim.detail());
      assertFalse(claim.detail().contains(phone));
    }

    // another member signing in with another number still sees none of them
    assertEquals(List.of(), mine(resident(freshPhone())));
    assertThrows(DomainException.Forbidden.class, () -> appeals.get(stranger, second.id()));
  }

  @Test
  void anAppealTakenForTheNumberOfAnExistingMemberIsTheirsAtOnce() {
    String phone = freshPhone();
    Actor owner = resident(phone);
    assertEquals(List.of(), mine(owner)); // signs in: the number is now the member's
    Appeal taken = take(phone);
    assertEquals(Optional.of(owner.username()), taken.applicantUsername());
    assertEquals(List.of(taken.id()), mine(owner));
    assertThrows(DomainException.Forbidden.class, () -> appeals.get(resident(null), taken.id()));
  }
}
