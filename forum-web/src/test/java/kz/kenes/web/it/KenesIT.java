package kz.kenes.web.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the real WAR on the real server: Arquillian deploys kenes.war as it
 * ships (no {@code @Deployment} method needed, see {@link KenesDeployment}) and {@link
 * KenesExtension} starts the test Keycloak once per JVM and injects the fixtures ({@link Kenes},
 * {@link Http}, {@link Browsers}) into fields and parameters of those types.
 *
 * <p>By default the test runs as a client of the server (black box: HTTP, tokens, a browser). With
 * {@code inContainer = true} it runs inside the server with its CDI beans {@code @Inject}ed; the
 * deployment then carries the test class.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(KenesExtension.class)
public @interface KenesIT {
  /** True: the test methods run inside the server (in-container), false: as its client. */
  boolean inContainer() default false;
}
