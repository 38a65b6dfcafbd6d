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
  @Inject kz.kenes.forum.audit.AuditLog audit;
  @Inject java.time.Clock clock;

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

  /** An admin sets a body's description, support threshold and response days. */
  @Transactional
  public Body configure(
      kz.kenes.forum.platform.Actor admin,
      String slug,
      kz.kenes.forum.platform.LocalizedText description,
      Integer supportThreshold,
      Integer responseDays) {
    admin.require(kz.kenes.forum.platform.Role.ADMIN);
    kz.kenes.forum.platform.Validation check = new kz.kenes.forum.platform.Validation();
    check.check(
        "supportThreshold", supportThreshold, n -> n >= 1 && n <= 100_000, "validation.range");
    check.check("responseDays", responseDays, n -> n >= 1 && n <= 90, "validation.range");
    if (supportThreshold == null) {
      check.reject("supportThreshold", "validation.required");
    }
    if (responseDays == null) {
      check.reject("responseDays", "validation.required");
    }
    if (description != null) {
      for (String text : java.util.List.of(description.kk(), description.ru(), description.en())) {
        if (text.length() > 2000) {
          check.reject("description", "validation.too-long");
        }
      }
    }
    check.throwIfInvalid();
    Body body = bodies.requireBySlug(slug);
    body.configure(description, supportThreshold, responseDays);
    audit.record(
        admin,
        "body.configure",
        "body",
        slug,
        "threshold " + supportThreshold + ", days " + responseDays);
    return body;
  }

  /**
   * An admin creates a body: its slug (lower-case letters, digits and dashes), its name in the
   * three languages, kind, level and the body above it (none for a region). 409 when the slug is
   * taken.
   */
  @Transactional
  public Body create(
      kz.kenes.forum.platform.Actor admin,
      String slug,
      kz.kenes.forum.platform.LocalizedText name,
      String kindName,
      String levelName,
      String parentSlug) {
    admin.require(kz.kenes.forum.platform.Role.ADMIN);
    kz.kenes.forum.platform.Validation check = new kz.kenes.forum.platform.Validation();
    String cleanSlug = check.requireText("slug", slug, 2, 80);
    if (!cleanSlug.isEmpty() && !Body.SLUG.matcher(cleanSlug).matches()) {
      check.reject("slug", "validation.slug");
    }
    if (name == null) {
      check.reject("name", "validation.required");
    } else {
      for (String text : java.util.List.of(name.kk(), name.ru(), name.en())) {
        if (text.isBlank() || text.length() > 200) {
          check.reject("name", "validation.too-long");
        }
      }
    }
    BodyKind kind = check.requireEnum("kind", kindName, BodyKind.class);
    BodyLevel level = check.requireEnum("level", levelName, BodyLevel.class);
    Body parent = null;
    if (parentSlug != null && !parentSlug.isBlank()) {
      parent = bodies.findBySlug(parentSlug.strip()).orElse(null);
      if (parent == null) {
        check.reject("parent", "validation.unknown-value");
      }
    } else if (level != null && level != BodyLevel.REGION) {
      check.reject("parent", "validation.required");
    }
    check.throwIfInvalid();
    if (bodies.findBySlug(cleanSlug).isPresent()) {
      throw new kz.kenes.forum.platform.DomainException.Conflict("error.body.exists");
    }
    Body body =
        new Body(
            cleanSlug,
            new kz.kenes.forum.platform.LocalizedText(
                kz.kenes.forum.platform.Text.line(name.kk()).strip(),
                kz.kenes.forum.platform.Text.line(name.ru()).strip(),
                kz.kenes.forum.platform.Text.line(name.en()).strip()),
            kind,
            level,
            parent,
            java.time.Instant.now(clock));
    bodies.add(body);
    audit.record(admin, "body.create", "body", cleanSlug, kind + " " + level);
    return body;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Body bySlug(String slug) {
    return bodies.requireBySlug(slug);
  }
}
