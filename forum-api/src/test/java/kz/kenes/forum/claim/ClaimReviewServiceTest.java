package kz.kenes.forum.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.content.ContentCooker;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffAssignment;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.FieldError;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.thread.Thread;
import kz.kenes.forum.thread.ThreadRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

class ClaimReviewServiceTest {
  private static final Actor RESIDENT = new Actor("resident", "Айгерім", Set.of(Role.RESIDENT));
  private static final Actor OFFICIAL =
      new Actor("official", "Серік Ахметов", Set.of(Role.RESIDENT, Role.OFFICIAL));

  // Pavlodar region ⊃ Aktogay district akimat ⊃ a rural district; the district maslikhat aside.
  private static final Body REGION =
      Fixtures.body(1, "pavlodar-region-akimat", BodyKind.EXECUTIVE, BodyLevel.REGION, null);
  private static final Body DISTRICT =
      Fixtures.body(2, "aktogay-district-akimat", BodyKind.EXECUTIVE, BodyLevel.DISTRICT, REGION);
  private static final Body RURAL =
      Fixtures.body(3, "karasu", BodyKind.EXECUTIVE, BodyLevel.RURAL_DISTRICT, DISTRICT);
  private static final Body COUNCIL =
      Fixtures.body(4, "aktogay-maslikhat", BodyKind.COUNCIL, BodyLevel.DISTRICT, null);

  private final ClaimReviewService service = new ClaimReviewService();
  private final Member officialMember = Fixtures.member("official", "Серік Ахметов");

  @BeforeEach
  void wire() {
    service.bodies = mock(BodyRepository.class);
    service.members = mock(MemberRepository.class);
    service.staff = mock(StaffService.class);
    service.threads = mock(ThreadRepository.class);
    service.cards = mock(ClaimReviewRepository.class);
    service.audit = mock(AuditLog.class);
    @SuppressWarnings("unchecked")
    jakarta.enterprise.event.Event<ClaimReviewAttached> events =
        mock(jakarta.enterprise.event.Event.class);
    service.attached = events;
    service.cooker = new ContentCooker();
    service.clock = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);
    for (Body body : List.of(REGION, DISTRICT, RURAL, COUNCIL)) {
      when(service.bodies.requireBySlug(body.slug())).thenReturn(body);
    }
    when(service.bodies.requireBySlug("nowhere"))
        .thenThrow(new DomainException.NotFound("error.body.not-found"));
    when(service.members.ensure(any(Actor.class))).thenReturn(officialMember);
    when(service.staff.assignmentFor(any(), any(), any())).thenReturn(Optional.empty());
  }

  /** The official serves {@code served}, and so every body beneath it, as StaffService does. */
  private void officialServes(Body served, String position) {
    StaffAssignment assignment =
        new StaffAssignment(
            served, officialMember, StaffRole.OFFICIAL, position, "admin", Fixtures.T0);
    when(service.staff.assignmentFor(eq(OFFICIAL), any(Body.class), eq(StaffRole.OFFICIAL)))
        .thenAnswer(
            call ->
                call.<Body>getArgument(1).isWithin(served)
                    ? Optional.of(assignment)
                    : Optional.empty());
    when(service.staff.serves(eq(OFFICIAL), any(Body.class), eq(StaffRole.OFFICIAL)))
        .thenAnswer(call -> call.<Body>getArgument(1).isWithin(served));
  }

  private static NewClaimReview input(String claim, String verdict, String... evidence) {
    return new NewClaimReview(
        claim,
        verdict,
        "Бұл ақпарат **жалған**: су кестесі өзгерген жоқ.",
        Arrays.asList(evidence));
  }

  private static DomainException.InvalidInput invalid(Runnable call) {
    try {
      call.run();
    } catch (DomainException.InvalidInput e) {
      return e;
    }
    throw new AssertionError("expected a 400");
  }

  // --- validation -------------------------------------------------------------------------

  @Test
  void everyBrokenFieldIsNamedBeforeAnythingIsRead() {
    DomainException.InvalidInput e =
        invalid(
            () ->
                service.publish(
                    OFFICIAL,
                    "karasu",
                    new NewClaimReview("жоқ ", "TRUE", null, List.of("javascript:alert(1)"))));

    assertThat(e.errors())
        .containsExactlyInAnyOrder(
            new FieldError("claim", "validation.too-short"),
            new FieldError("verdict", "validation.unknown-value"),
            new FieldError("explanation", "validation.required"),
            new FieldError("evidence", "validation.claim.evidence-url"));
    verifyNoInteractions(service.bodies, service.staff, service.cards, service.audit);
  }

  @Test
  void aClaimIsFiveToFiveHundredCharacters() {
    officialServes(DISTRICT, null);

    assertThat(invalid(() -> service.publish(OFFICIAL, "karasu", input("әәәә", "FALSE"))).errors())
        .containsExactly(new FieldError("claim", "validation.too-short"));
    assertThat(
            invalid(() -> service.publish(OFFICIAL, "karasu", input("ә".repeat(501), "FALSE")))
                .errors())
        .containsExactly(new FieldError("claim", "validation.too-long"));
    assertThat(invalid(() -> service.publish(OFFICIAL, "karasu", input("  ", "FALSE"))).errors())
        .containsExactly(new FieldError("claim", "validation.required"));

    assertThat(service.publish(OFFICIAL, "karasu", input(" әәәәә ", "FALSE")).claim())
        .isEqualTo("әәәәә");
    assertThat(service.publish(OFFICIAL, "karasu", input("ә".repeat(500), "FALSE")).claim())
        .hasSize(500);
  }

  @Test
  void theVerdictIsRequiredAndOneOfTheFour() {
    assertThat(
            invalid(() -> service.publish(OFFICIAL, "karasu", input("Су болмайды", null))).errors())
        .containsExactly(new FieldError("verdict", "validation.required"));
    assertThat(
            invalid(() -> service.publish(OFFICIAL, "karasu", input("Су болмайды", "false")))
                .errors())
        .containsExactly(new FieldError("verdict", "validation.unknown-value"));

    officialServes(DISTRICT, null);
    for (ClaimVerdict verdict : ClaimVerdict.values()) {
      assertThat(
              service.publish(OFFICIAL, "karasu", input("Су болмайды", verdict.name())).verdict())
          .isEqualTo(verdict);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JAVASCRIPT:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "ftp://gov.kz/x",
        "/news/1",
        "https://",
        "https://user@gov.kz/",
        "not a link",
        ""
      })
  void evidenceOtherThanHttpLinksIsRefused(String link) {
    DomainException.InvalidInput e =
        invalid(
            () ->
                service.publish(
                    OFFICIAL,
                    "karasu",
                    input("Су болмайды", "FALSE", "https://akimat.gov.kz/news/1", link)));

    assertThat(e.errors())
        .containsExactly(new FieldError("evidence", "validation.claim.evidence-url"));
    verifyNoInteractions(service.cards);
  }

  @Test
  void aNullLinkAndAnOverlongLinkAreRefused() {
    assertThat(
            invalid(
                    () ->
                        service.publish(
                            OFFICIAL, "karasu", input("Су болмайды", "FALSE", (String) null)))
                .errors())
        .containsExactly(new FieldError("evidence", "validation.claim.evidence-url"));
    String overlong = "https://gov.kz/" + "a".repeat(ClaimReview.URL_MAX);
    assertThat(
            invalid(
                    () ->
                        service.publish(
                            OFFICIAL, "karasu", input("Су болмайды", "FALSE", overlong)))
                .errors())
        .containsExactly(new FieldError("evidence", "validation.claim.evidence-url"));
  }

  @Test
  void atMostTenLinksAreKeptInOrderAndTrimmed() {
    officialServes(DISTRICT, null);
    List<String> ten = new ArrayList<>();
    for (int i = 0; i < ClaimReview.EVIDENCE_MAX; i++) {
      ten.add(" https://akimat.gov.kz/news/" + i + " ");
    }
    List<String> eleven = new ArrayList<>(ten);
    eleven.add("https://akimat.gov.kz/news/10");

    assertThat(
            invalid(
                    () ->
                        service.publish(
                            OFFICIAL,
                            "karasu",
                            input("Су болмайды", "FALSE", eleven.toArray(String[]::new))))
                .errors())
        .containsExactly(new FieldError("evidence", "validation.claim.evidence-count"));

    ClaimReview card =
        service.publish(
            OFFICIAL, "karasu", input("Су болмайды", "FALSE", ten.toArray(String[]::new)));
    assertThat(card.evidence()).containsExactlyElementsOf(ten.stream().map(String::strip).toList());
    assertThat(
            service
                .publish(
                    OFFICIAL, "karasu", new NewClaimReview("Су болмайды", "FALSE", "Жалған.", null))
                .evidence())
        .isEmpty();
  }

  @Test
  void theExplanationIsCookedAndSanitizedAndTheRawTextKept() {
    officialServes(DISTRICT, null);
    String markdown = "Бұл **жалған**.\n\n<script>alert(1)</script> [x](javascript:alert%281%29)";

    ClaimReview card =
        service.publish(
            OFFICIAL, "karasu", new NewClaimReview("Су болмайды", "FALSE", markdown, List.of()));

    assertThat(card.explanationRaw()).isEqualTo(markdown);
    assertThat(card.explanationCooked())
        .contains("<strong>жалған</strong>")
        .doesNotContain("<script")
        .doesNotContain("href=\"javascript");
    assertThat(card.cookVersion()).isEqualTo(ContentCooker.VERSION);
  }

  // --- authorization ----------------------------------------------------------------------

  @Test
  void aResidentMayNotPublish() {
    assertThatThrownBy(() -> service.publish(RESIDENT, "karasu", input("Су болмайды", "FALSE")))
        .isInstanceOfSatisfying(
            DomainException.Forbidden.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.claim.officials-only"));
    verifyNoInteractions(service.bodies, service.cards, service.audit);
  }

  @Test
  void anOfficialOfAnotherBodyMayNotPublish() {
    officialServes(COUNCIL, "Мәслихат хатшысы");

    assertThatThrownBy(() -> service.publish(OFFICIAL, "karasu", input("Су болмайды", "FALSE")))
        .isInstanceOfSatisfying(
            DomainException.Forbidden.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.claim.officials-only"));
    verify(service.staff).assignmentFor(OFFICIAL, RURAL, StaffRole.OFFICIAL);
    verify(service.cards, never()).add(any());
    verifyNoInteractions(service.audit);
  }

  @Test
  void anOfficialOfABodyBeneathMayNotPublishForTheBodyAbove() {
    officialServes(RURAL, "Ауылдық округ әкімі");

    assertThatThrownBy(
            () ->
                service.publish(OFFICIAL, "aktogay-district-akimat", input("Су болмайды", "FALSE")))
        .isInstanceOf(DomainException.Forbidden.class);
    verify(service.cards, never()).add(any());
  }

  @Test
  void anOfficialOfAnAncestorBodyPublishesWithThatPosition() {
    officialServes(DISTRICT, "Аудан әкімінің орынбасары");

    ClaimReview card =
        service.publish(
            OFFICIAL,
            "karasu",
            input("Қарасуда су болмайды", "FALSE", "https://aktogay.gov.kz/news/1"));

    assertThat(card.body()).isSameAs(RURAL);
    assertThat(card.official()).isSameAs(officialMember);
    assertThat(card.officialPosition()).isEqualTo("Аудан әкімінің орынбасары");
    assertThat(card.createdAt()).isEqualTo(Fixtures.T0);
    verify(service.cards).add(card);
    verify(service.audit)
        .record(eq(OFFICIAL), eq("claim.publish"), eq("claim_review"), any(), anyString());
  }

  @Test
  void thePositionMayBeUnknown() {
    officialServes(RURAL, null);

    assertThat(
            service.publish(OFFICIAL, "karasu", input("Су болмайды", "FALSE")).officialPosition())
        .isNull();
  }

  @Test
  void anUnknownBodyIsNotFound() {
    assertThatThrownBy(() -> service.publish(OFFICIAL, "nowhere", input("Су болмайды", "FALSE")))
        .isInstanceOf(DomainException.NotFound.class);
    verify(service.cards, never()).add(any());
  }

  // --- attaching --------------------------------------------------------------------------

  private Thread threadOf(long id, Body body) {
    Thread thread = mock(Thread.class);
    when(thread.id()).thenReturn(id);
    when(thread.body()).thenReturn(body);
    when(service.threads.find(id)).thenReturn(Optional.of(thread));
    return thread;
  }

  @Test
  void attachingIsIdempotent() {
    officialServes(DISTRICT, null);
    threadOf(42, RURAL);
    ClaimReview card = Fixtures.card(7, DISTRICT, "Су болмайды", ClaimVerdict.FALSE);
    when(service.cards.find(7)).thenReturn(Optional.of(card));
    when(service.cards.isAttached(42, 7)).thenReturn(false, true);

    Attachment first = service.attach(OFFICIAL, 42, 7);
    Attachment second = service.attach(OFFICIAL, 42, 7);

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(first.card()).isSameAs(card);
    assertThat(second.card()).isSameAs(card);
    ArgumentCaptor<ThreadClaimReview> stored = ArgumentCaptor.forClass(ThreadClaimReview.class);
    verify(service.cards, times(1)).attach(stored.capture());
    assertThat(stored.getValue().id()).isEqualTo(new ThreadClaimReviewId(42, 7));
    assertThat(stored.getValue().attachedBy()).isEqualTo("official");
    verify(service.audit, times(1))
        .record(eq(OFFICIAL), eq("claim.attach"), eq("thread"), eq(42L), anyString());
  }

  @Test
  void aResidentMayNotAttach() {
    assertThatThrownBy(() -> service.attach(RESIDENT, 42, 7))
        .isInstanceOfSatisfying(
            DomainException.Forbidden.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.claim.officials-only"));
    verifyNoInteractions(service.threads, service.cards, service.audit);
  }

  @Test
  void onlyAnOfficialServingTheThreadsBodyAttaches() {
    officialServes(COUNCIL, null);
    threadOf(42, RURAL);
    when(service.cards.find(7))
        .thenReturn(Optional.of(Fixtures.card(7, COUNCIL, "Су болмайды", ClaimVerdict.FALSE)));

    assertThatThrownBy(() -> service.attach(OFFICIAL, 42, 7))
        .isInstanceOf(DomainException.Forbidden.class);
    verify(service.staff).serves(OFFICIAL, RURAL, StaffRole.OFFICIAL);
    verify(service.cards, never()).attach(any());
    verifyNoInteractions(service.audit);
  }

  @Test
  void anUnknownThreadOrCardIsNotFound() {
    officialServes(DISTRICT, null);
    when(service.threads.find(anyLong())).thenReturn(Optional.empty());
    threadOf(42, RURAL);
    when(service.cards.find(anyLong())).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service.attach(OFFICIAL, 404, 7))
        .isInstanceOfSatisfying(
            DomainException.NotFound.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.thread.not-found"));
    assertThatThrownBy(() -> service.attach(OFFICIAL, 42, 404))
        .isInstanceOfSatisfying(
            DomainException.NotFound.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.claim.not-found"));
    verify(service.cards, never()).attach(any());
  }

  @Test
  void anUnknownCardIsNotFoundForReaders() {
    when(service.cards.find(404)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> service.byId(404))
        .isInstanceOfSatisfying(
            DomainException.NotFound.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.claim.not-found"));
  }
}
