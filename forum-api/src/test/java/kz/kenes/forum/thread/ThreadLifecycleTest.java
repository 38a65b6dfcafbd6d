package kz.kenes.forum.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.content.CookedText;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.platform.DomainException;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.LocalizedText;
import org.junit.jupiter.api.Test;

class ThreadLifecycleTest {
  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
  private final Body body =
      new Body(
          "akzhol",
          new LocalizedText("a", "b", "c"),
          BodyKind.EXECUTIVE,
          BodyLevel.RURAL_DISTRICT,
          null,
          T0);
  private final Member author = new Member("resident", "Айгерім", T0);

  private Thread thread(ThreadType type) {
    return new Thread(body, type, Category.OTHER, "Title", Language.KK, author, T0);
  }

  @Test
  void aProposalAwaitsAResponseWhenItReachesTheThreshold() {
    Thread proposal = thread(ThreadType.PROPOSAL);

    assertThat(proposal.addSupport(3, 10, T0)).isEmpty();
    assertThat(proposal.addSupport(3, 10, T0)).isEmpty();
    var change = proposal.addSupport(3, 10, T0.plusSeconds(60));

    assertThat(change)
        .hasValueSatisfying(
            c -> {
              assertThat(c.from()).isEqualTo(ThreadStatus.OPEN);
              assertThat(c.to()).isEqualTo(ThreadStatus.AWAITING_RESPONSE);
            });
    assertThat(proposal.status()).isEqualTo(ThreadStatus.AWAITING_RESPONSE);
    assertThat(proposal.supportCount()).isEqualTo(3);
    assertThat(proposal.dueAt()).contains(T0.plusSeconds(60).plus(Duration.ofDays(10)));
    assertThat(proposal.addSupport(3, 10, T0)).isEmpty();
    assertThat(proposal.supportCount()).isEqualTo(4);
  }

  @Test
  void onlyProposalsTakeSupportsAndClosedThreadsTakeNothing() {
    assertThatThrownBy(() -> thread(ThreadType.QUESTION).addSupport(1, 1, T0))
        .isInstanceOf(DomainException.Conflict.class);
    Thread closed = thread(ThreadType.PROPOSAL);
    closed.transitionTo(ThreadStatus.CLOSED, "official", "done", T0);
    assertThatThrownBy(() -> closed.addSupport(1, 1, T0))
        .isInstanceOf(DomainException.Conflict.class);
    assertThatThrownBy(() -> closed.reply(author, "x", new CookedText("<p>x</p>", 1), null, T0))
        .isInstanceOf(DomainException.Conflict.class);
  }

  @Test
  void aTransitionTheMachineForbidsIsAConflict() {
    Thread answered = thread(ThreadType.QUESTION);
    answered.transitionTo(ThreadStatus.ANSWERED, "official", null, T0);

    assertThatThrownBy(() -> answered.transitionTo(ThreadStatus.AWAITING_RESPONSE, "x", null, T0))
        .isInstanceOf(DomainException.Conflict.class);
    assertThat(answered.status()).isEqualTo(ThreadStatus.ANSWERED);
  }

  @Test
  void anEditKeepsTheEarlierTextAsARevision() {
    Thread question = thread(ThreadType.QUESTION);
    Post post = question.addPost(author, "first", new CookedText("<p>first</p>", 1), T0);

    PostRevision kept =
        post.edit("second", new CookedText("<p>second</p>", 1), 1, T0.plusSeconds(5));

    assertThat(kept.raw()).isEqualTo("first");
    assertThat(kept.cooked()).isEqualTo("<p>first</p>");
    assertThat(kept.writtenAt()).isEqualTo(T0);
    assertThat(post.raw()).isEqualTo("second");
    assertThat(post.edited()).isTrue();
    post.withdraw(T0.plusSeconds(9));
    assertThatThrownBy(() -> post.edit("third", new CookedText("<p>third</p>", 1), 2, T0))
        .isInstanceOf(DomainException.Conflict.class);
  }

  @Test
  void revisingAnOfficialAnswerKeepsWhatItReplaces() {
    Thread question = thread(ThreadType.QUESTION);
    Member official = new Member("official", "Серік", T0);
    OfficialAnswer answer =
        new OfficialAnswer(
            question, official, body, "Әкім", "v1", new CookedText("<p>v1</p>", 1), T0);

    OfficialAnswerRevision kept =
        answer.revise(
            official, body, "Әкім", "v2", new CookedText("<p>v2</p>", 1), T0.plusSeconds(30));

    assertThat(kept.revision()).isEqualTo(1);
    assertThat(kept.cooked()).isEqualTo("<p>v1</p>");
    assertThat(answer.revision()).isEqualTo(2);
    assertThat(answer.cooked()).isEqualTo("<p>v2</p>");
    assertThat(answer.edited()).isTrue();
  }
}
