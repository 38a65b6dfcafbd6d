package kz.kenes.moderation;

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
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Role;

/**
 * Which bodies a member of staff acts for: a moderator or official serves the bodies they are
 * assigned to and every body below them; an admin acts for all. Each check runs in a transaction
 * and reloads the body there, so pages may ask with bodies they loaded earlier.
 */
@ApplicationScoped
public class StaffScope {
  @Inject StaffService staff;
  @Inject BodyRepository bodies;
  @PersistenceContext EntityManager em;

  /** The ids of the bodies the actor serves as {@code role}; null means all (an admin). */
  @Transactional
  public Set<Long> bodyIds(Actor actor, StaffRole role) {
    if (actor.has(Role.ADMIN)) {
      return null;
    }
    Set<Long> ids = new HashSet<>();
    if (!actor.has(role.realmRole())) {
      return ids;
    }
    Set<Long> assigned =
        new HashSet<>(
            em.createQuery(
                    "select s.body.id from StaffAssignment s"
                        + " where s.member.username = :u and s.role = :r",
                    Long.class)
                .setParameter("u", actor.username())
                .setParameter("r", role)
                .getResultList());
    if (assigned.isEmpty()) {
      return ids;
    }
    for (Body body : bodies.all()) {
      for (Body b = body; b != null; b = b.parent().orElse(null)) {
        if (assigned.contains(b.id())) {
          ids.add(body.id());
          break;
        }
      }
    }
    return ids;
  }

  /** The actor serves the body as {@code role} (or is an admin); otherwise 403. */
  @Transactional
  public void require(Actor actor, Body body, StaffRole role, String messageKey) {
    if (!actor.has(Role.ADMIN)
        && (!actor.has(role.realmRole()) || !staff.serves(actor, attached(body), role))) {
      throw new DomainException.Forbidden(messageKey);
    }
  }

  /**
   * Whether the member {@code username} is assigned as {@code role} to the body or a body above it
   * (without their token: for choosing an executor).
   */
  @Transactional
  public boolean isStaff(String username, Body body, StaffRole role) {
    List<Long> assigned =
        em.createQuery(
                "select s.body.id from StaffAssignment s"
                    + " where s.member.username = :u and s.role = :r",
                Long.class)
            .setParameter("u", username)
            .setParameter("r", role)
            .getResultList();
    for (Body b = attached(body); b != null; b = b.parent().orElse(null)) {
      if (assigned.contains(b.id())) {
        return true;
      }
    }
    return false;
  }

  @Transactional
  public boolean serves(Actor actor, Body body, StaffRole role) {
    if (!actor.has(role.realmRole())) {
      return false;
    }
    return staff.serves(actor, attached(body), role);
  }

  /**
   * The body in this transaction's persistence context: callers (pages) may hold one loaded
   * elsewhere, whose lazy parents can no longer be read.
   */
  private Body attached(Body body) {
    Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(body);
    return em.find(Body.class, id);
  }

  /** Every body, for forms that pick one. */
  @Transactional
  public List<Body> allBodies() {
    return bodies.all();
  }
}
