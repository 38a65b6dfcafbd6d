package kz.kenes.forum.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Text;
import kz.kenes.forum.platform.Validation;

/** Which bodies officials and moderators serve: read by every check, changed by admins. */
@ApplicationScoped
public class StaffService {
  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");

  @PersistenceContext EntityManager em;
  @Inject BodyRepository bodies;
  @Inject MemberRepository members;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * True when the actor holds the realm role of {@code role} and serves {@code body} or a body
   * above it as that role.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean serves(Actor actor, Body body, StaffRole role) {
    return assignmentFor(actor, body, role).isPresent();
  }

  /**
   * The assignment through which the actor serves {@code body} as {@code role}: on the body itself
   * or on the nearest body above it. Empty when the actor lacks the realm role or serves neither.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<StaffAssignment> assignmentFor(Actor actor, Body body, StaffRole role) {
    if (!actor.has(role.realmRole())) {
      return Optional.empty();
    }
    List<StaffAssignment> assignments =
        em.createQuery(
                "select s from StaffAssignment s join fetch s.body join fetch s.member"
                    + " where s.member.username = :u and s.role = :r",
                StaffAssignment.class)
            .setParameter("u", actor.username())
            .setParameter("r", role)
            .getResultList();
    for (Body b = body; b != null; b = b.parent().orElse(null)) {
      for (StaffAssignment assignment : assignments) {
        if (assignment.body().id().equals(b.id())) {
          return Optional.of(assignment);
        }
      }
    }
    return Optional.empty();
  }

  /** A body and its officials, for its public page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public BodyProfile profile(String bodySlug) {
    Body body = bodies.requireBySlug(bodySlug);
    return new BodyProfile(body, officials(body));
  }

  /** The officials assigned to this very body, for its public page. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StaffAssignment> officials(Body body) {
    return em.createQuery(
            "select s from StaffAssignment s join fetch s.member join fetch s.body"
                + " where s.body = :b and s.role = :r order by s.assignedAt",
            StaffAssignment.class)
        .setParameter("b", body)
        .setParameter("r", StaffRole.OFFICIAL)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StaffAssignment> list(Actor actor, Optional<String> bodySlug) {
    actor.require(Role.ADMIN);
    if (bodySlug.isPresent()) {
      Body body = bodies.requireBySlug(bodySlug.get());
      return em.createQuery(
              "select s from StaffAssignment s join fetch s.member join fetch s.body"
                  + " where s.body = :b order by s.role, s.member.username",
              StaffAssignment.class)
          .setParameter("b", body)
          .getResultList();
    }
    return em.createQuery(
            "select s from StaffAssignment s join fetch s.member join fetch s.body"
                + " order by s.body.id, s.role, s.member.username",
            StaffAssignment.class)
        .getResultList();
  }

  /** Assigns (or re-positions) a member; returns true when the assignment is new. */
  @Transactional
  public boolean assign(
      Actor admin, String bodySlug, String username, String roleName, String position) {
    admin.require(Role.ADMIN);
    Validation input = new Validation();
    String user = input.requireText("username", username, 1, 100);
    if (!user.isEmpty()) {
      input.check("username", user, u -> USERNAME.matcher(u).matches(), "validation.username");
    }
    StaffRole role = input.requireEnum("role", roleName, StaffRole.class);
    String pos = Text.line(position);
    pos = pos == null || pos.isBlank() ? null : input.requireLine("position", pos, 2, 200);
    input.throwIfInvalid();
    Body body = bodies.requireBySlug(bodySlug);
    Member member = members.ensure(user, user);
    Instant now = Instant.now(clock);
    Optional<StaffAssignment> existing = find(body, member, role);
    if (existing.isPresent()) {
      existing.get().reposition(pos, admin.username(), now);
      audit.record(admin, "staff.reposition", "body", body.slug(), role + " " + user);
      return false;
    }
    em.persist(new StaffAssignment(body, member, role, pos, admin.username(), now));
    audit.record(admin, "staff.assign", "body", body.slug(), role + " " + user);
    return true;
  }

  @Transactional
  public void unassign(Actor admin, String bodySlug, String username, String roleName) {
    admin.require(Role.ADMIN);
    Validation input = new Validation();
    StaffRole role = input.requireEnum("role", roleName, StaffRole.class);
    input.throwIfInvalid();
    Body body = bodies.requireBySlug(bodySlug);
    StaffAssignment assignment =
        members
            .findByUsername(username)
            .flatMap(m -> find(body, m, role))
            .orElseThrow(() -> new DomainException.NotFound("error.staff.not-found"));
    em.remove(assignment);
    audit.record(admin, "staff.unassign", "body", body.slug(), role + " " + username);
  }

  private Optional<StaffAssignment> find(Body body, Member member, StaffRole role) {
    return em.createQuery(
            "select s from StaffAssignment s where s.body = :b and s.member = :m and s.role = :r",
            StaffAssignment.class)
        .setParameter("b", body)
        .setParameter("m", member)
        .setParameter("r", role)
        .getResultStream()
        .findFirst();
  }
}
