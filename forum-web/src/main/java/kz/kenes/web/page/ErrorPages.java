package kz.kenes.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import kz.kenes.forum.platform.ErrorPageRenderer;
import kz.kenes.forum.platform.Language;
import kz.kenes.forum.platform.ProblemDetail;

/** The friendly page that people see for an error, in their language. */
@ApplicationScoped
public class ErrorPages implements ErrorPageRenderer {
  @Inject Pages pages;

  @Override
  public String render(ProblemDetail problem, Language language) {
    return new String(
        pages.render("error.jte", Map.of("ctx", pages.context(), "problem", problem)),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
