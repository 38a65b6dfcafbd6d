package kz.kenes.forum.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A text given in all three languages, such as a body's name. */
@Embeddable
public record LocalizedText(
    @Column(name = "kk") String kk,
    @Column(name = "ru") String ru,
    @Column(name = "en") String en) {
  public LocalizedText {
    Objects.requireNonNull(kk, "kk");
    Objects.requireNonNull(ru, "ru");
    Objects.requireNonNull(en, "en");
  }

  public String in(Language language) {
    return switch (language) {
      case KK -> kk;
      case RU -> ru;
      case EN -> en;
    };
  }
}
