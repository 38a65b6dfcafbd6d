package kz.kenes.forum.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.kenes.forum.member.Member;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.notification.Notification;
import kz.kenes.forum.notification.NotificationKind;
import kz.kenes.forum.notification.NotificationService;
import kz.kenes.forum.outbox.Outbox;
import kz.kenes.forum.outbox.Urgency;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.Messages;
import kz.kenes.forum.platform.PageLinks;

/**
 * A voter is told that their ballot was recorded and exactly what it chose — the complaint against
 * Decidim's budgets that nobody was sure their vote counted. Written in the ballot's own
 * transaction, so the notice exists if and only if the ballot does.
 *
 * <ul>
 *   <li>An online ballot (cast or changed): a {@link NotificationKind#BALLOT_RECORDED} notification
 *       to the voter, in the app and by email when they take email. Its title is the total and each
 *       chosen project with its cost; its link is the confirmation page.
 *   <li>A paper ballot: an SMS to the phone it was entered for (an operator cannot vote in a
 *       resident's name unseen), with the budget's link only — no name, choice or number; and the
 *       same notification to the member whose verified phone it is, if there is one.
 * </ul>
 */
@ApplicationScoped
public class BallotNotices {
  @Inject NotificationService notifications;
  @Inject MemberRepository members;
  @Inject Outbox outbox;
  @Inject PageLinks links;

  /** The voter's online ballot was cast or changed. */
  void online(Actor voter, Ballot ballot, List<BudgetProject> chosen) {
    tell(ballot, chosen, members.ensure(voter));
  }

  /** A paper ballot was entered for {@code ballot.phone()}. */
  void paper(Ballot ballot, List<BudgetProject> chosen) {
    outbox.sms(
        ballot.phone(),
        Messages.of(Language.KK).get("sms.budget.paper-ballot", links.budget(ballot.budget().id())),
        Urgency.DAYTIME);
    Optional<Member> owner = members.findByPhone(ballot.phone());
    owner.ifPresent(member -> tell(ballot, chosen, member));
  }

  private void tell(Ballot ballot, List<BudgetProject> chosen, Member recipient) {
    Budget budget = ballot.budget();
    notifications.tell(
        NotificationKind.BALLOT_RECORDED,
        new Notification.Target(title(chosen), links.budgetBallot(budget.id()), budget.body()),
        ballot.id(),
        List.of(recipient));
  }

  /**
   * What the ballot chose, as a notification shows it: the total first, then each project and its
   * cost ("11 000 000 ₸: Көше шамдары (6 000 000 ₸); Балалар алаңы (5 000 000 ₸)"). Project titles
   * are public; a list too long for a title ends in "…" and the confirmation page has it whole.
   */
  static String title(List<BudgetProject> chosen) {
    long total = chosen.stream().mapToLong(p -> p.cost().orElse(0)).sum();
    StringBuilder title = new StringBuilder(tenge(total)).append(':');
    String separator = " ";
    for (BudgetProject project : chosen) {
      title
          .append(separator)
          .append(project.title())
          .append(" (")
          .append(tenge(project.cost().orElse(0)))
          .append(')');
      separator = "; ";
    }
    return title.toString();
  }

  /** An amount in tenge with spaces between thousands, as written in Kazakhstan. */
  static String tenge(long amount) {
    return String.format(Locale.ROOT, "%,d", amount).replace(',', '\u00a0') + "\u00a0₸";
  }
}
