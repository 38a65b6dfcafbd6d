package kz.kenes.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.Member.ChannelChoices;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.platform.Actor;

/**
 * A member chooses how notifications reach them besides the site: email (on by default, used when
 * the account has an address), SMS of their appeals' steps (on by default, used when the account
 * has a verified phone) and SMS when an official answers a thread they follow (off until chosen).
 */
@ApplicationScoped
public class ChannelSettings {
  /** The defaults of a member who never chose. */
  public static final ChannelChoices DEFAULTS = new ChannelChoices(true, true, false);

  @Inject MemberRepository members;

  /** The choices and whether the account has what each channel needs. */
  public record Settings(
      boolean email, boolean sms, boolean smsAnswers, boolean hasEmail, boolean hasPhone) {
    static Settings of(ChannelChoices choices, Actor actor, Optional<Member> member) {
      return new Settings(
          choices.email(),
          choices.sms(),
          choices.smsAnswers(),
          actor.email() != null,
          actor.phone().isPresent() || member.flatMap(Member::phone).isPresent());
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Settings mine(Actor actor) {
    Optional<Member> member = members.findByUsername(actor.username());
    return Settings.of(member.map(Member::channels).orElse(DEFAULTS), actor, member);
  }

  /** Takes the choices given; a null keeps that choice as it is. */
  @Transactional
  public Settings choose(Actor actor, Boolean email, Boolean sms, Boolean smsAnswers) {
    Member member = members.ensure(actor);
    ChannelChoices now = member.channels();
    member.choose(
        new ChannelChoices(
            email == null ? now.email() : email,
            sms == null ? now.sms() : sms,
            smsAnswers == null ? now.smsAnswers() : smsAnswers));
    return Settings.of(member.channels(), actor, Optional.of(member));
  }
}
