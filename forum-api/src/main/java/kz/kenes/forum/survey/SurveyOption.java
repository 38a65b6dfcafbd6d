package kz.kenes.forum.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;
import kz.kenes.forum.platform.LocalizedText;

/** One option of a choice question: the key answers name, and its label in three languages. */
@Embeddable
public class SurveyOption {
  @Column(name = "option_key", nullable = false)
  private String key;

  @Embedded private LocalizedText label;

  protected SurveyOption() {}

  public SurveyOption(String key, LocalizedText label) {
    this.key = Objects.requireNonNull(key, "key");
    this.label = Objects.requireNonNull(label, "label");
  }

  public String key() {
    return key;
  }

  public LocalizedText label() {
    return label;
  }
}
