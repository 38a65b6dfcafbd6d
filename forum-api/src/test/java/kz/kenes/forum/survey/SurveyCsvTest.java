package kz.kenes.forum.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyCsvTest {
  @Test
  void oneRowPerResponseWithoutIdentityAndOnlyApprovedTexts() {
    Survey s = Surveys.survey();
    SurveyResponse online = new SurveyResponse(1, SurveyChannel.ONLINE);
    SurveyResponse paper = new SurveyResponse(1, SurveyChannel.PAPER);
    SurveyAnswer approved = SurveyAnswer.text(online.id(), 103, "=HYPERLINK(\"x\"), жол");
    approved.decide(TextStatus.APPROVED, "moderator");
    String csv =
        SurveyCsv.write(
            s.questions(),
            List.of(online, paper),
            List.of(
                SurveyAnswer.option(online.id(), 100, "a"),
                SurveyAnswer.option(online.id(), 101, "a"),
                SurveyAnswer.option(online.id(), 101, "c"),
                SurveyAnswer.rating(online.id(), 102, 5),
                approved,
                SurveyAnswer.text(online.id(), 104, "pending, never shown"),
                SurveyAnswer.option(paper.id(), 100, "b"),
                SurveyAnswer.rating(paper.id(), 102, 2)));
    assertThat(csv)
        .isEqualTo(
            "\uFEFFresponse,channel,single,multi,rate,short,long\r\n"
                + "1,ONLINE,a,a;c,5,\"'=HYPERLINK(\"\"x\"\"), жол\",\r\n"
                + "2,PAPER,b,,2,,\r\n");
    assertThat(csv).doesNotContain(online.id()).doesNotContain("pending");
  }
}
