package kz.kenes.forum.thread;

/**
 * Whether the public sees a post's text: moderation hides a post pending review (enough flags, or a
 * moderator's decision) or removes it; either can be undone by a later decision. Independent of the
 * author withdrawing the post.
 */
public enum PostVisibility {
  VISIBLE,
  HIDDEN,
  REMOVED
}
