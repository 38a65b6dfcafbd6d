package kz.kenes.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the house, checked on every build over the classes of all modules: forum-web
 * → {moderation, search} → forum-api, and the libraries only one place may use.
 */
class ArchitectureTest {
  static JavaClasses kenes;

  @BeforeAll
  static void importClasses() {
    kenes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.kenes");
  }

  @Test
  void everyModuleIsOnTheClasspath() {
    org.assertj.core.api.Assertions.assertThat(kenes.containPackage("kz.kenes.forum.thread"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(kenes.containPackage("kz.kenes.web.page")).isTrue();
    org.assertj.core.api.Assertions.assertThat(kenes.containPackage("kz.kenes.moderation"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(kenes.containPackage("kz.kenes.search")).isTrue();
  }

  @Test
  void forumApiKnowsNothingOfTheModulesAboveIt() {
    noClasses()
        .that()
        .resideInAPackage("kz.kenes.forum..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("kz.kenes.moderation..", "kz.kenes.search..", "kz.kenes.web..")
        .check(kenes);
  }

  @Test
  void moderationAndSearchNeverImportEachOtherNorTheWebLayer() {
    noClasses()
        .that()
        .resideInAPackage("kz.kenes.moderation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("kz.kenes.search..", "kz.kenes.web..")
        .allowEmptyShould(true)
        .check(kenes);
    noClasses()
        .that()
        .resideInAPackage("kz.kenes.search..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("kz.kenes.moderation..", "kz.kenes.web..")
        .allowEmptyShould(true)
        .check(kenes);
  }

  @Test
  void onlySearchImportsLuceneOrHibernateSearch() {
    noClasses()
        .that()
        .resideOutsideOfPackage("kz.kenes.search..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.lucene..", "org.hibernate.search..")
        .check(kenes);
  }

  @Test
  void onlyTheContentPackageUsesTheSanitizer() {
    noClasses()
        .that()
        .resideOutsideOfPackage("kz.kenes.forum.content..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.owasp.html..")
        .check(kenes);
  }

  @Test
  void resourcesNeverPutEntitiesOnTheWire() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Path.class)
        .and()
        .arePublic()
        .should()
        .haveRawReturnType(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "no @Entity", t -> !t.isAnnotatedWith(Entity.class)))
        .check(kenes);
  }

  @Test
  void entitiesLiveInTheirAggregatesPackageNotInApiPackages() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .resideOutsideOfPackage("..api..")
        .check(kenes);
  }

  @Test
  void onlyTheWebLayerMakesLinks() {
    classes()
        .that()
        .implement(kz.kenes.forum.platform.PageLinks.class)
        .should()
        .resideInAPackage("kz.kenes.web..")
        .check(kenes);
  }

  /** Reads of the process environment: System.getenv calls and method references. */
  static final com.tngtech.archunit.base.DescribedPredicate<
          com.tngtech.archunit.core.domain.JavaAccess<?>>
      READS_THE_ENVIRONMENT =
          com.tngtech.archunit.base.DescribedPredicate.describe(
              "System.getenv",
              access ->
                  access.getTargetOwner().isEquivalentTo(System.class)
                      && access.getName().equals("getenv"));

  @Test
  void onlyTheSettingsReaderLooksAtTheEnvironment() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("kz.kenes.forum.platform.Settings")
        // the SMS library serves the Keycloak extension too, which has no MicroProfile Config:
        // SmsSettings.fromEnvironment is its reader there; Kenes passes Settings::byName
        .and()
        .resideOutsideOfPackage("kz.kenes.sms..")
        // the Keycloak extension runs in Keycloak, without MicroProfile Config: PhoneService is
        // its reader of KENES_PHONE_* (listed in Setting all the same)
        .and()
        .resideOutsideOfPackage("kz.kenes.keycloak..")
        .should()
        .accessTargetWhere(READS_THE_ENVIRONMENT)
        .check(kenes);
    // and the rule sees a read where there is one: the reader's own
    org.assertj.core.api.Assertions.assertThat(
            kenes.get(kz.kenes.forum.platform.Settings.class).getAccessesFromSelf().stream()
                .filter(READS_THE_ENVIRONMENT))
        .isNotEmpty();
  }

  /** The modules of the WAR, whose logging goes through their message interfaces. */
  static final String[] APPLICATION = {
    "kz.kenes.forum..", "kz.kenes.moderation..", "kz.kenes.search..", "kz.kenes.web.."
  };

  /** A message interface (forum-api's ForumLog…) or the implementation generated from it. */
  static final com.tngtech.archunit.base.DescribedPredicate<JavaClass> MESSAGE_LOGGER =
      com.tngtech.archunit.base.DescribedPredicate.describe(
          "a @MessageLogger interface or its generated implementation",
          c ->
              c.isAnnotatedWith(org.jboss.logging.annotations.MessageLogger.class)
                  || c.getName().endsWith("_$logger"));

  @Test
  void logLinesAreWrittenOnlyThroughTheModulesMessageLoggers() {
    noClasses()
        .that()
        .resideInAnyPackage(APPLICATION)
        .and(com.tngtech.archunit.base.DescribedPredicate.not(MESSAGE_LOGGER))
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.jboss.logging.Logger")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.logging.Logger")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.lang.System$Logger")
        .orShould()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "string logging (infof, warn, …) of BasicLogger",
                call ->
                    call.getTargetOwner().isAssignableTo(org.jboss.logging.BasicLogger.class)
                        && java.util.Arrays.stream(org.jboss.logging.BasicLogger.class.getMethods())
                            .anyMatch(m -> m.getName().equals(call.getName()))))
        .check(kenes);
    // every module has its interface
    for (String module : APPLICATION) {
      org.assertj.core.api.Assertions.assertThat(
              kenes.stream()
                  .filter(c -> c.getPackageName().startsWith(module.replace("..", "")))
                  .filter(
                      c -> c.isAnnotatedWith(org.jboss.logging.annotations.MessageLogger.class)))
          .as(module)
          .hasSize(1);
    }
  }
}
