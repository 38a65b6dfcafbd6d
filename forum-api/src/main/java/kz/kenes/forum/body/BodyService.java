package kz.kenes.forum.body;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Use cases of bodies. */
@ApplicationScoped
public class BodyService {
  @Inject BodyRepository bodies;

  /** Every body, each parent before its children and siblings by kind then slug. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Body> hierarchy() {
    List<Body> all = bodies.all();
    Map<Long, List<Body>> children = new LinkedHashMap<>();
    List<Body> roots = new ArrayList<>();
    for (Body body : all) {
      body.parent()
          .ifPresentOrElse(
              p -> children.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(body),
              () -> roots.add(body));
    }
    List<Body> ordered = new ArrayList<>(all.size());
    appendInOrder(roots, children, ordered);
    return ordered;
  }

  private static void appendInOrder(
      List<Body> level, Map<Long, List<Body>> children, List<Body> into) {
    level.sort(Comparator.comparing(Body::kind).thenComparing(Body::slug));
    for (Body body : level) {
      into.add(body);
      appendInOrder(children.getOrDefault(body.id(), new ArrayList<>()), children, into);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Body bySlug(String slug) {
    return bodies.requireBySlug(slug);
  }
}
