package kz.kenes.forum.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One person's ballot in a budget: who (the member online, or only the phone on paper), the phone
 * in E.164 that makes the person unique across channels, the declared village and the chosen
 * projects. The choices are kept in their own table and shown only to the voter; officials see who
 * voted, never what.
 */
@Entity
@Table(name = "budget_ballot")
public class Ballot {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "budget_id", updatable = false)
  private Budget budget;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private BallotChannel channel;

  @Column(updatable = false)
  private String voter;

  @Column(nullable = false)
  private String phone;

  @Column(nullable = false)
  private String village;

  @Column(name = "entered_by", updatable = false)
  private String enteredBy;

  @Column(name = "cast_at", nullable = false, updatable = false)
  private Instant castAt;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "budget_ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
  @Column(name = "project_id")
  private Set<Long> choices = new HashSet<>();

  @Version private long version;

  protected Ballot() {}

  private Ballot(
      Budget budget,
      BallotChannel channel,
      String voter,
      String phone,
      String village,
      String enteredBy,
      Set<Long> choices,
      Instant now) {
    this.budget = Objects.requireNonNull(budget);
    this.channel = Objects.requireNonNull(channel);
    this.voter = voter;
    this.phone = Objects.requireNonNull(phone);
    this.village = Objects.requireNonNull(village);
    this.enteredBy = enteredBy;
    this.choices = new HashSet<>(choices);
    this.castAt = Objects.requireNonNull(now);
    this.changedAt = now;
  }

  /** A member's ballot cast on the site with their verified phone. */
  public static Ballot online(
      Budget budget, String voter, String phone, String village, Set<Long> choices, Instant now) {
    return new Ballot(
        budget,
        BallotChannel.ONLINE,
        Objects.requireNonNull(voter),
        phone,
        village,
        null,
        choices,
        now);
  }

  /** A paper ballot entered by an operator or official for the voter's phone. */
  public static Ballot paper(
      Budget budget,
      String phone,
      String village,
      Set<Long> choices,
      String enteredBy,
      Instant now) {
    return new Ballot(
        budget,
        BallotChannel.PAPER,
        null,
        phone,
        village,
        Objects.requireNonNull(enteredBy),
        choices,
        now);
  }

  /** The voter changes their choice (online, while voting lasts). */
  public void change(String newPhone, String newVillage, Set<Long> newChoices, Instant now) {
    this.phone = Objects.requireNonNull(newPhone);
    this.village = Objects.requireNonNull(newVillage);
    this.choices.clear();
    this.choices.addAll(newChoices);
    this.changedAt = now;
  }

  public Long id() {
    return id;
  }

  public Budget budget() {
    return budget;
  }

  public BallotChannel channel() {
    return channel;
  }

  public Optional<String> voter() {
    return Optional.ofNullable(voter);
  }

  public String phone() {
    return phone;
  }

  public String village() {
    return village;
  }

  public Optional<String> enteredBy() {
    return Optional.ofNullable(enteredBy);
  }

  public Instant castAt() {
    return castAt;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public Set<Long> choices() {
    return Set.copyOf(choices);
  }
}
