package kz.kenes.forum.thread.api;

import kz.kenes.forum.thread.Thread;

/**
 * A thread an operator posted for a resident who is not online: the operator's name and how the
 * resident came (ORAL, PHONE, PAPER, SOCIAL_NETWORK). Nothing of the resident is shown.
 */
public record PostedForView(String operator, String channel) {
  static PostedForView of(Thread thread) {
    return thread
        .onBehalf()
        .map(b -> new PostedForView(thread.author().displayName(), b.channel().name()))
        .orElse(null);
  }
}
