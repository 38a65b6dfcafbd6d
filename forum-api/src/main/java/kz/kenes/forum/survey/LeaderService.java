package kz.kenes.forum.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.kenes.forum.audit.AuditLog;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.member.StaffRole;
import kz.kenes.forum.member.StaffScopes;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Validation;

/**
 * The named leaders of a body and their ratings by year. Admins and the body's officials (or heads,
 * or those of a body above) keep the list; everyone reads it with the ratings.
 */
@ApplicationScoped
public class LeaderService {
  static final String EDITORS_ONLY = "error.leader.editors-only";

  /** A leader with their ratings by year, oldest first, and the change from the year before. */
  public record RatedLeader(Leader leader, Map<Integer, LeaderRating> byYear) {
    /**
     * The ratings across the years as the points of an SVG polyline {@code width} × {@code height}
     * (1 at the bottom, 5 at the top, the years evenly spaced); empty with fewer than two years.
     */
    public String trendPoints(int width, int height) {
      if (byYear.size() < 2) {
        return "";
      }
      List<LeaderRating> years = new ArrayList<>(byYear.values());
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < years.size(); i++) {
        double x = 2 + (width - 4) * i / (double) (years.size() - 1);
        double y = 2 + (height - 4) * (5 - years.get(i).average()) / 4.0;
        points.append(i == 0 ? "" : " ").append(Math.round(x)).append(',').append(Math.round(y));
      }
      return points.toString();
    }

    /** The latest rating minus the one before it; null with fewer than two years. */
    public Double trend() {
      if (byYear.size() < 2) {
        return null;
      }
      List<LeaderRating> years = new ArrayList<>(byYear.values());
      double change = years.get(years.size() - 1).average() - years.get(years.size() - 2).average();
      return Math.round(change * 100.0) / 100.0;
    }
  }

  @Inject BodyRepository bodies;
  @Inject SurveyRepository surveys;
  @Inject StaffScopes scopes;
  @Inject AuditLog audit;

  /** The body's leaders (active first in their order, then former ones) with their ratings. */
  @Transactional
  public List<RatedLeader> ratedLeaders(String bodySlug) {
    return ratedLeaders(bodies.requireBySlug(bodySlug));
  }

  @Transactional
  public List<RatedLeader> ratedLeaders(Body body) {
    List<Leader> leaders = new ArrayList<>(surveys.leaders(body));
    leaders.sort((a, b) -> Boolean.compare(b.active(), a.active()));
    Map<Long, Map<Integer, LeaderRating>> byLeader = new LinkedHashMap<>();
    leaders.forEach(l -> byLeader.put(l.id(), new TreeMap<>()));
    for (LeaderRating r : surveys.ratings(leaders.stream().map(Leader::id).toList())) {
      byLeader.get(r.leaderId()).put(r.year(), r);
    }
    return leaders.stream().map(l -> new RatedLeader(l, byLeader.get(l.id()))).toList();
  }

  /** Adds a leader at the end of the body's list. */
  @Transactional
  public Leader add(Actor actor, String bodySlug, String fullName, TextInput position) {
    Body body = bodies.requireBySlug(bodySlug);
    requireEditor(actor, body);
    Validation check = new Validation();
    String name = check.requireLine("name", fullName, 3, Leader.NAME_MAX);
    LocalizedText pos =
        SurveyRules.text(check, "position", position, 2, Leader.POSITION_MAX, false);
    check.throwIfInvalid();
    int order = surveys.leaders(body).size();
    Leader leader = new Leader(body, name, pos, order);
    surveys.add(leader);
    surveys.flush();
    audit.record(actor, "leader.add", "leader", leader.id(), body.slug());
    return leader;
  }

  /** Changes a leader's name, position or whether they are still rated. */
  @Transactional
  public Leader change(
      Actor actor, long leaderId, String fullName, TextInput position, Boolean active) {
    Leader leader =
        surveys
            .leader(leaderId)
            .orElseThrow(() -> new DomainException.NotFound("error.leader.not-found"));
    requireEditor(actor, leader.body());
    Validation check = new Validation();
    String name = check.requireLine("name", fullName, 3, Leader.NAME_MAX);
    LocalizedText pos =
        SurveyRules.text(check, "position", position, 2, Leader.POSITION_MAX, false);
    if (active == null) {
      check.reject("active", "validation.required");
    }
    check.throwIfInvalid();
    leader.change(name, pos, active);
    audit.record(actor, "leader.change", "leader", leaderId, leader.body().slug());
    return leader;
  }

  /** Whether the actor may add and change the body's leaders: its officials and heads, admins. */
  @Transactional
  public boolean mayEdit(Actor actor, Body body) {
    return actor.has(Role.ADMIN)
        || scopes.serves(actor, body, StaffRole.OFFICIAL)
        || scopes.serves(actor, body, StaffRole.HEAD);
  }

  private void requireEditor(Actor actor, Body body) {
    if (!mayEdit(actor, body)) {
      throw new DomainException.Forbidden(EDITORS_ONLY);
    }
  }
}
