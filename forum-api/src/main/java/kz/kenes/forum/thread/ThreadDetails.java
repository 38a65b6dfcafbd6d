package kz.kenes.forum.thread;

import java.util.List;

/** A thread with its posts, the opening post first. */
public record ThreadDetails(Thread thread, List<Post> posts) {
  public Post openingPost() {
    return posts.get(0);
  }
}
