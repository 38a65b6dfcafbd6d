package kz.kenes.web.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import kz.kenes.forum.body.Body;
import kz.kenes.forum.body.BodyKind;
import kz.kenes.forum.body.BodyLevel;
import kz.kenes.forum.body.BodyRepository;
import kz.kenes.forum.budget.BudgetService;
import kz.kenes.forum.budget.NewBudget;
import kz.kenes.forum.claim.ClaimReviewService;
import kz.kenes.forum.claim.NewClaimReview;
import kz.kenes.forum.member.MemberRepository;
import kz.kenes.forum.member.StaffService;
import kz.kenes.forum.platform.Actor;
import kz.kenes.forum.platform.DatabaseMigrations.SchemaReady;
import kz.kenes.forum.platform.LocalizedText;
import kz.kenes.forum.platform.Role;
import kz.kenes.forum.platform.Setting;
import kz.kenes.forum.platform.Settings;
import kz.kenes.forum.thread.NewThread;
import kz.kenes.forum.thread.ThreadService;
import kz.kenes.moderation.monitoring.MonitoringAdmin;
import kz.kenes.web.WebLog;

/**
 * Demo data that looks like Aktogay district of Pavlodar region: its bodies, the demo accounts of
 * the dev realm as members and staff, and a few threads in Kazakh and Russian. Loaded once, through
 * the real use cases, when {@code KENES_DEMO_DATA=true} (deploy/run and the tests set it;
 * production leaves it off).
 */
@ApplicationScoped
public class DemoData {
  static final String MARKER = "aktogay-district-akimat";

  @Inject BodyRepository bodies;
  @Inject MemberRepository members;
  @Inject StaffService staff;
  @Inject ThreadService threads;
  @Inject ClaimReviewService claims;
  @Inject kz.kenes.moderation.session.SessionService sessions;
  @Inject Clock clock;
  @Inject BudgetService budgets;

  /** The year of the demo participatory budget (tests open theirs for other years). */
  public static final int BUDGET_YEAR = 2027;

  @Inject MonitoringAdmin monitoring;

  @Transactional
  void onSchemaReady(@Observes SchemaReady ready) {
    if (!Settings.flag(Setting.KENES_DEMO_DATA)) {
      return;
    }
    if (load()) {
      WebLog.LOG.demoDataLoaded();
    }
  }

  /**
   * Populations for figures per 1,000 residents, and the district akimat's published statistics
   * (the 2021 study of Aktogay district, issue 16): 322 appeals in 2018, 418 in 2019, 371 in 2020
   * (24 electronic, 69 through the akim's site and social networks, 112 satisfied), Q1 2021: 31
   * written and 72 oral. The study never crosses category with channel, so these are kept under
   * OTHER by channel. The district's population (about 12,500) is the study's; the rural districts'
   * are demo values that add up to less than the district.
   */
  private void monitoring(Map<String, Body> b) {
    monitoring.setPopulation(b.get(MARKER).id(), 12_500);
    monitoring.setPopulation(b.get("aktogay-rural-district").id(), 5_200);
    monitoring.setPopulation(b.get("akzhol-rural-district").id(), 1_900);
    monitoring.setPopulation(b.get("zhalauly-rural-district").id(), 1_300);
    monitoring.setPopulation(b.get("karaoba-rural-district").id(), 1_100);
    monitoring.setPopulation(b.get("sholaksor-rural-district").id(), 900);
    monitoring.replaceHistory(
        b.get(MARKER).id(),
        MonitoringAdmin.parseHistory(
            String.join(
                "\n",
                "period,category,channel,registered,satisfied",
                "2018,OTHER,PAPER,322,0",
                "2019,OTHER,PAPER,418,0",
                "2020,OTHER,PAPER,278,112",
                "2020,OTHER,WEB,24,0",
                "2020,OTHER,SOCIAL_NETWORK,69,0",
                "2021-Q1,OTHER,PAPER,31,0",
                "2021-Q1,OTHER,ORAL,72,0")));
  }

  /** Loads everything in the observer's transaction; false when it was loaded before. */
  boolean load() {
    if (bodies.findBySlug(MARKER).isPresent()) {
      return false;
    }
    Map<String, Body> b = new HashMap<>();
    Instant now = Instant.now(clock);
    body(
        b,
        now,
        "pavlodar-region-akimat",
        null,
        BodyKind.EXECUTIVE,
        BodyLevel.REGION,
        "Павлодар облысының әкімдігі",
        "Акимат Павлодарской области",
        "Akimat of Pavlodar Region");
    body(
        b,
        now,
        "pavlodar-region-maslikhat",
        null,
        BodyKind.COUNCIL,
        BodyLevel.REGION,
        "Павлодар облыстық мәслихаты",
        "Павлодарский областной маслихат",
        "Pavlodar Regional Maslikhat");
    body(
        b,
        now,
        MARKER,
        "pavlodar-region-akimat",
        BodyKind.EXECUTIVE,
        BodyLevel.DISTRICT,
        "Ақтоғай ауданының әкімдігі",
        "Акимат Актогайского района",
        "Akimat of Aktogay District");
    body(
        b,
        now,
        "aktogay-district-maslikhat",
        "pavlodar-region-maslikhat",
        BodyKind.COUNCIL,
        BodyLevel.DISTRICT,
        "Ақтоғай аудандық мәслихаты",
        "Актогайский районный маслихат",
        "Aktogay District Maslikhat");
    body(
        b,
        now,
        "aktogay-housing-department",
        MARKER,
        BodyKind.DEPARTMENT,
        BodyLevel.DISTRICT,
        "Ақтоғай ауданының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі",
        "Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог Актогайского района",
        "Aktogay District Department of Housing and Communal Services, Passenger Transport and Roads");
    body(
        b,
        now,
        "aktogay-land-department",
        MARKER,
        BodyKind.DEPARTMENT,
        BodyLevel.DISTRICT,
        "Ақтоғай ауданының жер қатынастары бөлімі",
        "Отдел земельных отношений Актогайского района",
        "Aktogay District Land Relations Department");
    rural(b, now, "aktogay-rural-district", "Ақтоғай", "Актогайского", "Aktogay");
    rural(b, now, "akzhol-rural-district", "Ақжол", "Акжольского", "Akzhol");
    rural(b, now, "zhalauly-rural-district", "Жалаулы", "Жалаулинского", "Zhalauly");
    rural(b, now, "karaoba-rural-district", "Қараоба", "Караобинского", "Karaoba");
    rural(b, now, "sholaksor-rural-district", "Шолақсор", "Шолаксорского", "Sholaksor");

    // The demo accounts of the dev realm (deploy/src/main/keycloak/kenes-realm.json).
    Actor resident = member("resident", "Айгерім Сәрсенова", Role.RESIDENT);
    Actor resident2 = member("resident2", "Ерлан Жақсылықов", Role.RESIDENT);
    Actor resident3 = member("resident3", "Наталья Ковалева", Role.RESIDENT);
    Actor resident4 = member("resident4", "Бауыржан Омаров", Role.RESIDENT);
    member("official", "Серік Әбдірахманов", Role.RESIDENT, Role.OFFICIAL);
    member("official2", "Әсел Нұрланова", Role.RESIDENT, Role.OFFICIAL);
    member("moderator", "Гүлнар Тоқтарова", Role.RESIDENT, Role.MODERATOR);
    member("operator", "Данияр Қасымов", Role.RESIDENT, Role.OPERATOR);
    Actor admin = member("admin", "Kenes Admin", Role.RESIDENT, Role.ADMIN);

    b.get(MARKER)
        .configure(
            new LocalizedText(
                "Ақтоғай ауданының атқарушы органы. Аудан әкімінің аппараты мен бөлімдері тұрғындардың"
                    + " ұсыныстары мен сұрақтарына осы бетте жауап береді.",
                "Исполнительный орган Актогайского района. Аппарат акима района и отделы отвечают"
                    + " здесь на предложения и вопросы жителей.",
                "The executive body of Aktogay District. The akim's office and departments answer"
                    + " residents' proposals and questions here."),
            4,
            10);
    b.get("akzhol-rural-district")
        .configure(
            new LocalizedText(
                "Ақжол ауылдық округі: ауыз су, жолдар, көше жарығы және ауыл бюджеті туралы.",
                "Акжольский сельский округ: питьевая вода, дороги, освещение и бюджет села.",
                "Akzhol rural district: drinking water, roads, lighting and the village budget."),
            5,
            10);
    staff.assign(
        admin,
        MARKER,
        "official",
        "OFFICIAL",
        "Аудан әкімінің орынбасары / Заместитель акима района");
    staff.assign(
        admin,
        MARKER,
        "moderator",
        "MODERATOR",
        "Қоғамдық байланыс маманы / Специалист по связям с общественностью");
    staff.assign(admin, "aktogay-district-maslikhat", "moderator", "MODERATOR", null);
    staff.assign(
        admin,
        "pavlodar-region-maslikhat",
        "official2",
        "OFFICIAL",
        "Мәслихат хатшысының орынбасары / Заместитель секретаря маслихата");
    staff.assign(
        admin, MARKER, "official", "HEAD", "Аудан әкімінің орынбасары / Заместитель акима района");
    staff.assign(
        admin, MARKER, "operator", "OPERATOR", "Қабылдау бөлмесінің маманы / Специалист приёмной");

    threads.open(
        resident,
        "aktogay-rural-district",
        new NewThread(
            "COMPLAINT",
            "Ақтоғай ауылындағы Абай көшесінің жолы бұзылған",
            "Абай көшесінде көктемнен бері үлкен шұңқырлар бар. Жаңбырдан кейін балалар мектепке "
                + "баратын жол су астында қалады.\n\n- шұңқырлар мектеп пен дүкеннің арасында;\n"
                + "- кешке көше жарығы да жоқ.\n\nЖөндеу қашан басталатынын білгіміз келеді.",
            "ROADS"));
    var water =
        threads.open(
            resident2,
            "akzhol-rural-district",
            new NewThread(
                "QUESTION",
                "Ақжол ауылында ауыз су кестесі қашан қалпына келеді?",
                "Соңғы екі аптада су тек түнде ғана беріледі. Бұл жөндеу жұмыстарына байланысты ма, әлде "
                    + "ұзаққа созыла ма? Ресми ақпарат беріңіздерші.",
                "WATER_SUPPLY"));
    threads.open(
        resident3,
        "aktogay-housing-department",
        new NewThread(
            "QUESTION",
            "Будет ли перерасчёт за отопление в январе?",
            "В доме по улице Ленина в январе несколько дней батареи были едва тёплыми. "
                + "Положен ли перерасчёт и куда подавать заявление?",
            "HOUSING_COMMUNAL"));
    var playground =
        threads.open(
            resident4,
            MARKER,
            new NewThread(
                "PROPOSAL",
                "Аудан орталығындағы саябаққа балалар алаңын салу",
                "Саябақта балаларға арналған қауіпсіз алаң жоқ. Ұсынысым: ауылдық бюджеттен қаражат бөліп, "
                    + "тұрғындармен бірге орын мен жабдықты таңдау. Қолдайтындар жазыңыздар.",
                "OTHER"));
    threads.open(
        resident3,
        "zhalauly-rural-district",
        new NewThread(
            "COMPLAINT",
            "В Жалаулы не горят фонари на центральной улице",
            "Уже месяц вечером на центральной улице темно, несколько фонарей не работают. "
                + "Пожилым людям опасно ходить.",
            "LIGHTING"));
    threads.open(
        resident,
        "aktogay-land-department",
        new NewThread(
            "QUESTION",
            "Жеке қосалқы шаруашылыққа жер телімін алу тәртібі қандай?",
            "Жас отбасымыз үшін жер телімін алғымыз келеді. Кезекке қалай тұруға болады және қандай "
                + "құжаттар керек?",
            "LAND"));
    threads.open(
        resident2,
        "aktogay-district-maslikhat",
        new NewThread(
            "DISCUSSION",
            "Депутаттармен кездесу онлайн өтсе",
            "Көп адам кешкі кездесулерге келе алмайды. Мәслихат сессиялары мен депутаттардың "
                + "есептік кездесулерін онлайн көрсетуді ұсынамын.",
            "OTHER"));
    threads.open(
        resident4,
        "karaoba-rural-district",
        new NewThread(
            "QUESTION",
            "Когда откроют приём документов на социальную помощь к зиме?",
            "Многодетные семьи спрашивают, когда можно подать документы на помощь с углём "
                + "и какие справки нужны.",
            "SOCIAL_SECURITY"));

    Actor official =
        new Actor("official", "Серік Әбдірахманов", EnumSet.of(Role.RESIDENT, Role.OFFICIAL));
    threads.answer(
        official,
        water.thread().id(),
        "Су құбырының Ақжол ауылына баратын учаскесінде жоспарлы жөндеу жүріп жатыр. Жұмыс"
            + " **келесі жұманың соңына дейін** аяқталады, содан кейін су тәулік бойы беріледі.\n\n"
            + "На участке водопровода до Акжола идёт плановый ремонт; вода снова будет круглосуточно"
            + " после его окончания в конце следующей недели.");
    threads.reply(
        resident, water.thread().id(), "Рақмет, түсінікті. Жұмыс біткенде хабарлаңыздаршы.", null);
    threads.support(resident, playground.thread().id());
    threads.support(resident2, playground.thread().id());
    threads.support(resident3, playground.thread().id());

    // A rumour told twice, and the official card that answers both.
    var rumourKk =
        threads.open(
            resident4,
            "akzhol-rural-district",
            new NewThread(
                "QUESTION",
                "Ақжолда су қыс бойы берілмейді деген рас па?",
                "Әлеуметтік желіде су құбыры толық ауыстырылады, қыс бойы су болмайды деп жазып жатыр."
                    + " Рас па?",
                "WATER_SUPPLY"));
    var rumourRu =
        threads.open(
            resident3,
            "akzhol-rural-district",
            new NewThread(
                "QUESTION",
                "Правда, что в Акжоле отключат воду на всю зиму?",
                "В группе села пишут, что воду отключат до весны. Это правда?",
                "WATER_SUPPLY"));
    var card =
        claims.publish(
            official,
            "akzhol-rural-district",
            new NewClaimReview(
                "Ақжолда су қыс бойы берілмейді / В Акжоле отключат воду на всю зиму",
                "FALSE",
                "Жалған. Жоспарлы жөндеу бір аптаға созылады, су тек түнгі уақытта ғана шектеледі."
                    + "\n\nЛожь. Плановый ремонт длится неделю, воду ограничивают только ночью.",
                java.util.List.of("https://pavlodar.gov.kz/")));
    claims.attach(official, rumourKk.thread().id(), card.id());
    claims.attach(official, rumourRu.thread().id(), card.id());
    participatoryBudget(official, resident);
    scheduleReportingMeeting(official, now);
    monitoring(b);
    return true;
  }

  /**
   * The participatory budget of Aktogay rural district, open for proposals, with its villages and
   * their populations and one resident's project. The demo residents are eligible to vote: their
   * accounts carry verified phone numbers in the dev realm, and a ballot declares the village.
   */
  private void participatoryBudget(Actor official, Actor resident) {
    var budget =
        budgets.create(
            official,
            "aktogay-rural-district",
            new NewBudget(
                BUDGET_YEAR,
                30_000_000L,
                "KNAPSACK",
                null,
                50,
                java.util.List.of("Ақтоғай", "Жалаулы", "Әуелбек"),
                Map.of("Ақтоғай", 6200, "Жалаулы", 850, "Әуелбек", 430),
                null,
                null));
    budgets.transition(official, budget.id(), "PROPOSALS", null);
    budgets.propose(
        resident,
        budget.id(),
        "Ақтоғай саябағына балалар алаңы",
        "Орталық саябақта балалар ойнайтын қауіпсіз алаң жоқ. Әткеншек, сырғанақ және жұмсақ"
            + " жабыны бар алаң салуды ұсынамыз.",
        "Ақтоғай",
        12_000_000L);
  }

  /** One scheduled session: the akim's reporting meeting of Aktogay district, in two weeks. */
  private void scheduleReportingMeeting(Actor official, Instant now) {
    java.time.ZoneOffset kz = java.time.ZoneOffset.ofHours(5);
    java.time.OffsetDateTime starts =
        now.atOffset(kz).plusDays(14).withHour(11).withMinute(0).withSecond(0).withNano(0);
    sessions.schedule(
        official,
        "aktogay-district-akimat",
        new kz.kenes.moderation.session.SessionService.ScheduleRequest(
            "REPORTING_MEETING",
            "Аудан әкімінің тұрғындарға есебі / Отчёт акима района перед населением",
            starts.toString(),
            starts.plusHours(2).toString(),
            "Ақтоғай ауылы, аудандық мәдениет үйі / село Актогай, районный дом культуры",
            "https://www.youtube.com/@aktogay-akimat",
            "1. Ауыз су және жолдар / Питьевая вода и дороги\n"
                + "2. Жылу беру маусымы / Отопительный сезон\n"
                + "3. Тұрғындардың сұрақтары / Вопросы жителей",
            null));
  }

  private void body(
      Map<String, Body> all,
      Instant now,
      String slug,
      String parent,
      BodyKind kind,
      BodyLevel level,
      String kk,
      String ru,
      String en) {
    Body body =
        new Body(
            slug,
            new LocalizedText(kk, ru, en),
            kind,
            level,
            parent == null ? null : all.get(parent),
            now);
    bodies.add(body);
    all.put(slug, body);
  }

  private void rural(
      Map<String, Body> all, Instant now, String slug, String kk, String ru, String en) {
    body(
        all,
        now,
        slug,
        MARKER,
        BodyKind.EXECUTIVE,
        BodyLevel.RURAL_DISTRICT,
        kk + " ауылдық округі әкімінің аппараты",
        "Аппарат акима " + ru + " сельского округа",
        "Office of the Akim of " + en + " Rural District");
  }

  private Actor member(String username, String name, Role... roles) {
    members.ensure(username, name);
    EnumSet<Role> set = EnumSet.noneOf(Role.class);
    set.addAll(java.util.List.of(roles));
    return new Actor(username, name, set);
  }
}
