package kz.kenes.web.it;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The set-up of the integration tests, written once: before the first test of the JVM it starts the
 * test Keycloak (stopped when the JVM's tests end, through the root store), and it gives every test
 * the fixtures it declares, as fields or as parameters of these types:
 *
 * <ul>
 *   <li>{@link Kenes}: the site, tokens of the demo accounts; one per JVM;
 *   <li>{@link Http}: an HTTP client on the site;
 *   <li>{@link SmsCentre}: the development SMS centre where WildFly and Keycloak send their SMS;
 *   <li>{@link Browsers}: Chromium sessions, quit when the test ends; one per test.
 * </ul>
 *
 * Used through {@link KenesIT}, or alone ({@code @ExtendWith(KenesExtension.class)}) by a test that
 * starts servers of its own. Inside the server (an in-container test) it does nothing: the fixtures
 * are the client's.
 */
public final class KenesExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KenesExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    if (onClient()) {
      kenes(context);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    if (!onClient()) {
      return;
    }
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
        for (Field field : type.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())
              && !Modifier.isFinal(field.getModifiers())
              && isFixture(field.getType())) {
            field.setAccessible(true);
            field.set(instance, fixture(field.getType(), context));
          }
        }
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return onClient() && isFixture(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return fixture(parameter.getParameter().getType(), context);
  }

  private static Object fixture(Class<?> type, ExtensionContext context) {
    Kenes kenes = kenes(context);
    if (type == Kenes.class) {
      return kenes;
    }
    if (type == Http.class) {
      return kenes.http();
    }
    if (type == SmsCentre.class) {
      return kenes.smsCentre();
    }
    // one per test: kept in the test's store, which closes it when the test ends
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Browsers.class, k -> new Browsers(kenes), Browsers.class);
  }

  /** The Kenes of this JVM, with the test Keycloak started for it the first time. */
  private static Kenes kenes(ExtensionContext context) {
    ExtensionContext.Store root = context.getRoot().getStore(NAMESPACE);
    root.getOrComputeIfAbsent(
        KeycloakTestServer.class,
        k -> {
          KeycloakTestServer.ensureStarted(); // and the SMS centre it sends sign-in codes to
          return (AutoCloseable)
              () -> {
                KeycloakTestServer.stop();
                SmsCentreTestServer.stop();
              };
        },
        AutoCloseable.class);
    return root.getOrComputeIfAbsent(Kenes.class, k -> Kenes.ofThisRun(), Kenes.class);
  }

  /** Named here, not in a static field: inside the server these classes are not deployed. */
  private static boolean isFixture(Class<?> type) {
    return type == Kenes.class
        || type == Http.class
        || type == Browsers.class
        || type == SmsCentre.class;
  }

  /** False inside the server, where the build's system properties are not set. */
  private static boolean onClient() {
    return System.getProperty("kenes.war") != null;
  }
}
