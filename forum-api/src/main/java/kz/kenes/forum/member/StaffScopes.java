package kz.kenes.forum.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;

/**
 * Which bodies a member of staff acts for: a moderator, official, head or operator serves the
 * bodies they are assigned to and every body below them; an admin acts for all. Each check runs in
 * a transaction and reloads the body there, so pages may ask with bodies they loaded earlier.
 */
@ApplicationScoped
public class StaffScopes {
  private static final String ASSIGNED =
      "select s.body.id from StaffAssignment s where s.member.username = :u and s.role = :r";

  @Inject StaffService staff;
  @Inject BodyRepository bodies;
  @PersistenceContext EntityManager em;

  /** The bodies the actor serves in any of {@code roles}; every body for an admin. */
  @Transactional
  public Scope scope(Actor actor, StaffRole... roles) {
    if (actor.has(Role.ADMIN)) {
      return Scope.all();
    }
    Set<Long> assigned = new HashSet<>();
    for (StaffRole role : roles) {
      if (actor.has(role.realmRole())) {
        assigned.addAll(assignedBodies(actor.username(), role));
      }
    }
    Set<Long> ids = new HashSet<>();
    if (!assigned.isEmpty()) {
      for (Body body : bodies.all()) {
        if (underAny(body, assigned)) {
          ids.add(body.id());
        }
      }
    }
    return Scope.of(ids);
  }

  /** The actor serves the body as {@code role} (or is an admin); otherwise 403. */
  @Transactional
  public void require(Actor actor, Body body, StaffRole role, String messageKey) {
    if (!actor.has(Role.ADMIN) && !serves(actor, body, role)) {
      throw new DomainException.Forbidden(messageKey);
    }
  }

  /** Whether the actor holds the role's realm role and serves the body (or one above it). */
  @Transactional
  public boolean serves(Actor actor, Body body, StaffRole role) {
    if (!actor.has(role.realmRole())) {
      return false;
    }
    return staff.serves(actor, attached(body), role);
  }

  /**
   * Whether the member {@code username} is assigned as {@code role} to the body or a body above it
   * (without their token: for choosing an executor).
   */
  @Transactional
  public boolean isStaff(String username, Body body, StaffRole role) {
    return underAny(attached(body), assignedBodies(username, role));
  }

  private List<Long> assignedBodies(String username, StaffRole role) {
    return em.createQuery(ASSIGNED, Long.class)
        .setParameter("u", username)
        .setParameter("r", role)
        .getResultList();
  }

  private static boolean underAny(Body body, java.util.Collection<Long> assigned) {
    for (Body b = body; b != null; b = b.parent().orElse(null)) {
      if (assigned.contains(b.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The body in this transaction's persistence context: callers (pages) may hold one loaded
   * elsewhere, whose lazy parents can no longer be read.
   */
  private Body attached(Body body) {
    Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(body);
    return em.find(Body.class, id);
  }
}
