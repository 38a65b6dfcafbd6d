package kz.kenes.forum.platform;

/**
 * Renders the friendly HTML page of an error for the server-rendered pages. forum-web provides it;
 * the API never uses it.
 */
public interface ErrorPageRenderer {
  String render(ProblemDetail problem, Language language);
}
