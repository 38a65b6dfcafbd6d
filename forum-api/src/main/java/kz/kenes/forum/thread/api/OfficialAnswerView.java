package kz.kenes.forum.thread.api;

import java.time.Instant;
import java.util.List;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.thread.OfficialAnswer;
import kz.kenes.forum.thread.OfficialAnswerRevision;

/** The official answer of a thread with the earlier texts it replaced, newest first. */
public record OfficialAnswerView(
    String bodyHtml,
    Official official,
    Instant createdAt,
    Instant updatedAt,
    int revision,
    List<Revision> revisions) {

  /** Who answered: name, position and the body they answered for (slug). */
  public record Official(String name, String position, String body) {
    static Official of(Member member, String position, Body body) {
      return new Official(member.displayName(), position, body.slug());
    }
  }

  /** An earlier text of the answer. */
  public record Revision(int revision, String bodyHtml, Official official, Instant writtenAt) {}

  public static OfficialAnswerView of(
      OfficialAnswer answer, List<OfficialAnswerRevision> revisions) {
    return new OfficialAnswerView(
        answer.cooked(),
        Official.of(answer.official(), answer.position(), answer.servedBody()),
        answer.createdAt(),
        answer.updatedAt(),
        answer.revision(),
        revisions.stream()
            .map(
                r ->
                    new Revision(
                        r.revision(),
                        r.cooked(),
                        Official.of(r.official(), r.position(), r.servedBody()),
                        r.writtenAt()))
            .toList());
  }
}
