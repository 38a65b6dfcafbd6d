package kz.kenes.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.DeploymentConfiguration;
import org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every {@link KenesIT} class that declares no {@code @Deployment} method of its
 * own: kenes.war as the build produced it; for an in-container test, with the test class and the
 * extension it names. Found by Arquillian through
 * META-INF/services/org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment.
 */
public final class KenesDeployment implements AutomaticDeployment {
  /** The name Arquillian gives a deployment that names none. */
  private static final String NAME = "_DEFAULT_";

  @Override
  public DeploymentConfiguration generateDeploymentScenario(TestClass testClass) {
    KenesIT it = testClass.getAnnotation(KenesIT.class);
    if (it == null || testClass.getMethods(Deployment.class).length > 0) {
      return null;
    }
    WebArchive war = Deployments.kenes();
    if (it.inContainer()) {
      war.addClasses(testClass.getJavaClass(), KenesIT.class, KenesExtension.class);
    }
    return new DeploymentConfiguration.DeploymentContentBuilder(war)
        .withDeployment()
        .withName(NAME)
        .withTestable(it.inContainer())
        .build()
        .get();
  }
}
