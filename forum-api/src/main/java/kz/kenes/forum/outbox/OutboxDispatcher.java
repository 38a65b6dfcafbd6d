package kz.kenes.forum.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kz.kenes.forum.outbox.OutboxStore.Claimed;
import kz.kenes.forum.platform.ForumLog;
import kz.kenes.forum.platform.LogText;

/**
 * One pass of the sender: claims the due messages one by one (a conditional update with a lease, so
 * that another node racing for the same rows gets none of them twice), hands each to its channel's
 * transport outside any transaction, and records the outcome: SENT with the centre's id, or a retry
 * after the {@link RetryPolicy}'s delay (a DAYTIME SMS never retried during the {@link
 * QuietHours}), or FAILED when the tries ran out. Logs ids, channels and failure types only.
 */
public class OutboxDispatcher {
  /** Rows read per round. */
  static final int BATCH = 20;

  /** Rounds per pass at most, so that one pass ends even while others keep writing. */
  static final int ROUNDS = 50;

  /**
   * How long a claim holds a row: longer than a send may take (the SMPP and SMTP clients time out
   * well before), short enough that a dead node's messages soon go out from another.
   */
  public static final Duration LEASE = Duration.ofMinutes(2);

  private final OutboxStore store;
  private final Function<OutboxChannel, Optional<MessageTransport>> transports;
  private final Clock clock;
  private final RetryPolicy policy;
  private final QuietHours quiet;
  private final String node;

  public OutboxDispatcher(
      OutboxStore store,
      Function<OutboxChannel, Optional<MessageTransport>> transports,
      Clock clock,
      RetryPolicy policy,
      QuietHours quiet,
      String node) {
    this.store = Objects.requireNonNull(store, "store");
    this.transports = Objects.requireNonNull(transports, "transports");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.quiet = Objects.requireNonNull(quiet, "quiet");
    this.node = Objects.requireNonNull(node, "node");
  }

  /** Sends what is due now; returns how many messages this pass sent. */
  public int drain() {
    int sent = 0;
    for (int round = 0; round < ROUNDS; round++) {
      List<Long> due = store.due(clock.instant(), BATCH);
      int claimed = 0;
      for (long id : due) {
        String owner = node + "/" + UUID.randomUUID();
        Instant now = clock.instant();
        Optional<Claimed> mine = store.claim(id, owner, now, now.plus(LEASE));
        if (mine.isPresent()) {
          claimed++;
          if (deliver(mine.get(), owner)) {
            sent++;
          }
        }
      }
      if (claimed == 0) {
        break;
      }
    }
    return sent;
  }

  private boolean deliver(Claimed claimed, String owner) {
    OutgoingMessage message = claimed.message();
    String centreId;
    try {
      MessageTransport transport =
          transports.apply(message.channel()).orElseThrow(NoTransport::new);
      centreId = transport.send(message);
    } catch (Exception failure) {
      failed(claimed, owner, failure);
      return false;
    }
    if (!store.sent(message.id(), owner, clock.instant(), centreId)) {
      ForumLog.LOG.outboxLeaseLost(message.id());
    }
    return true;
  }

  private void failed(Claimed claimed, String owner, Exception failure) {
    OutgoingMessage message = claimed.message();
    String type = LogText.types(failure);
    Instant now = clock.instant();
    Optional<Instant> next = policy.next(claimed.attempts(), claimed.window(), now);
    if (next.isPresent()) {
      Instant at =
          claimed.urgency() == Urgency.DAYTIME && message.channel() == OutboxChannel.SMS
              ? quiet.earliest(next.get())
              : next.get();
      store.retry(message.id(), owner, at, type);
      ForumLog.LOG.outboxRetry(message.channel(), message.id(), claimed.attempts(), at, type);
    } else {
      store.failed(message.id(), owner, type);
      ForumLog.LOG.outboxFailed(message.channel(), message.id(), claimed.attempts(), type);
    }
  }

  /** No transport serves the channel (SMS switched off after the message was written). */
  static final class NoTransport extends RuntimeException {
    NoTransport() {
      super("no transport", null, false, false);
    }
  }
}
