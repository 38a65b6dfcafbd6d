package kz.kenes.forum.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.kenes.forum.platform.DomainException;

/** Bodies as stored. */
@ApplicationScoped
public class BodyRepository {
  @PersistenceContext EntityManager em;

  public Optional<Body> findBySlug(String slug) {
    return em.createQuery(
            "select b from Body b left join fetch b.parent where b.slug = :slug", Body.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Body requireBySlug(String slug) {
    return findBySlug(slug).orElseThrow(() -> new DomainException.NotFound("error.body.not-found"));
  }

  public List<Body> all() {
    return em.createQuery("select b from Body b left join fetch b.parent order by b.id", Body.class)
        .getResultList();
  }

  public void add(Body body) {
    em.persist(body);
  }
}
