package kz.kenes.moderation.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.kenes.forum.platform.DomainException;

/**
 * The questions of one session like the one being typed, so that a resident supports an existing
 * question instead of asking it again. Kazakh and Russian words take suffixes (су, суы, суды; вода,
 * воды), so words are compared by their first {@value #STEM} letters after lower-casing and folding
 * ё to е; a session has at most a few hundred questions, so this runs in memory, without the search
 * module (which moderation may not use).
 */
@ApplicationScoped
public class SimilarQuestions {
  static final int STEM = 5;
  static final int MAX = 5;

  @Inject SessionRepository sessions;

  @Transactional
  public List<SessionQuestion> like(long sessionId, String text) {
    PublicSession session =
        sessions
            .find(sessionId)
            .orElseThrow(() -> new DomainException.NotFound("error.session.not-found"));
    Set<String> wanted = stems(text);
    if (wanted.isEmpty()) {
      return List.of();
    }
    record Scored(SessionQuestion question, double score) {}
    return sessions.questions(session).stream()
        .filter(q -> !q.hidden() && q.status() != QuestionStatus.MERGED)
        .map(q -> new Scored(q, score(wanted, stems(q.text()))))
        .filter(s -> s.score() >= 0.3)
        .sorted(
            Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparing(s -> s.question(), SessionQuestion.BY_SUPPORTS))
        .limit(MAX)
        .map(Scored::question)
        .toList();
  }

  static double score(Set<String> wanted, Set<String> have) {
    if (have.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String stem : wanted) {
      if (have.contains(stem)) {
        shared++;
      }
    }
    return (double) shared / Math.min(wanted.size(), have.size());
  }

  /** The word stems of a text: words of three letters or more, cut to {@value #STEM} letters. */
  static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) {
      return out;
    }
    for (String word : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+")) {
      int letters = word.codePointCount(0, word.length());
      if (letters >= 3) {
        out.add(letters > STEM ? word.substring(0, word.offsetByCodePoints(0, STEM)) : word);
      }
    }
    return out;
  }
}
