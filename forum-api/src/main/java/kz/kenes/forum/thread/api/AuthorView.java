package kz.kenes.forum.thread.api;

import kz.kenes.forum.member.Member;

/** The public face of an author: the name only. */
public record AuthorView(String name) {
  public static AuthorView of(Member member) {
    return new AuthorView(member.displayName());
  }
}
