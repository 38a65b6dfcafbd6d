package kz.kenes.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that the build produced, exactly as it ships, under its production name kenes.war (the
 * name the server's OIDC secure-deployment is bound to).
 */
public final class Deployments {
  private Deployments() {}

  public static WebArchive kenes() {
    return ShrinkWrap.create(ZipImporter.class, "kenes.war")
        .importFrom(new File(System.getProperty("kenes.war")))
        .as(WebArchive.class);
  }
}
