package kz.kenes.web.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;
import kz.kenes.forum.survey.Leader;
import kz.kenes.forum.survey.LeaderRating;
import kz.kenes.forum.survey.LeaderService;
import kz.kenes.forum.survey.SurveyRepository;
import kz.kenes.forum.survey.SurveyRules;
import kz.kenes.forum.survey.SurveyService;
import kz.kenes.forum.survey.SurveyTemplates;
import kz.kenes.forum.survey.TextInput;

/**
 * Demo surveys, after {@link DemoData}'s bodies and staff: the leaders of Aktogay rural district,
 * the district akimat and the district maslikhat (invented names) with ratings of the three past
 * years so that the body pages show a trend, and an open residents' survey of Aktogay rural
 * district (the study's questions). Loaded once, when {@code KENES_DEMO_DATA=true}.
 */
@ApplicationScoped
public class SurveyDemoData {
  static final String RURAL = "aktogay-rural-district";

  @Inject BodyRepository bodies;
  @Inject LeaderService leaders;
  @Inject SurveyService surveys;
  @Inject SurveyRepository store;
  @Inject Clock clock;

  @Transactional
  void onSchemaReady(@Observes @Priority(2600) SchemaReady ready) {
    if (!Settings.flag(Setting.KENES_DEMO_DATA)
        || bodies.findBySlug(RURAL).isEmpty()
        || !leaders.ratedLeaders(RURAL).isEmpty()) {
      return;
    }
    Actor official =
        new Actor("official", "Серік Әбдірахманов", EnumSet.of(Role.RESIDENT, Role.OFFICIAL));
    int year = LocalDate.now(clock.withZone(SurveyRules.ZONE)).getYear();
    leader(
        official,
        RURAL,
        "Ержан Қасымов",
        "Ауылдық округ әкімі",
        "Аким сельского округа",
        "Akim of the rural district",
        year,
        3.1,
        3.4,
        3.8);
    leader(
        official,
        RURAL,
        "Гүлнар Омарова",
        "Әкім аппаратының бас маманы",
        "Главный специалист аппарата акима",
        "Chief specialist of the akim's office",
        year,
        3.6,
        3.5,
        3.3);
    leader(
        official,
        "aktogay-district-akimat",
        "Болат Жұмабеков",
        "Аудан әкімі",
        "Аким района",
        "Akim of the district",
        year,
        3.4,
        3.6,
        3.9);
    leader(
        official,
        "aktogay-district-akimat",
        "Динара Сәрсенбаева",
        "Аудан әкімінің орынбасары",
        "Заместитель акима района",
        "Deputy akim of the district",
        year,
        3.0,
        3.2,
        3.2);
    Actor admin = new Actor("admin", "Kenes әкімшісі", EnumSet.of(Role.ADMIN));
    leader(
        admin,
        "aktogay-district-maslikhat",
        "Қайрат Нұрланов",
        "Мәслихат хатшысы",
        "Секретарь маслихата",
        "Secretary of the maslikhat",
        year,
        2.9,
        3.1,
        3.0);
    leader(
        admin,
        "aktogay-district-maslikhat",
        "Айгүл Тоқтарова",
        "Мәслихат депутаты, №3 округ",
        "Депутат маслихата, округ №3",
        "Maslikhat deputy, constituency 3",
        year,
        3.2,
        3.7,
        4.1);
    surveys.publish(
        official,
        RURAL,
        SurveyTemplates.residents(
            LocalDate.now(clock.withZone(SurveyRules.ZONE)).plusDays(30).toString()));
  }

  /** A leader with the ratings of the three years before {@code year}. */
  private void leader(
      Actor by,
      String slug,
      String name,
      String kk,
      String ru,
      String en,
      int year,
      double... past) {
    Leader leader = leaders.add(by, slug, name, TextInput.of(kk, ru, en));
    for (int i = 0; i < past.length; i++) {
      store.add(new LeaderRating(leader.id(), year - past.length + i, past[i], 180 + 7 * i, null));
    }
  }
}
