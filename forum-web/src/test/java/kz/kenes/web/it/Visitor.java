package kz.kenes.web.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person with a cookie jar and no browser, signing in on Keycloak's password form through the
 * cluster's balancer (the code flow of the pages, followed redirect by redirect), for the session
 * tests of {@link ClusterIT}.
 */
final class Visitor {
  private static final Pattern FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  // what a browser asks for: without text/html the OIDC client takes /login for an API call and
  // answers 401 instead of sending the visitor to Keycloak (autodetect-bearer-only)
  private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  // Keycloak marks its cookies Secure even on http://localhost, as browsers accept them there;
  // the JDK's own cookie manager would not send them back (the Jar of the matrix test does)
  private final AuthorizationMatrixIT.Jar cookies = new AuthorizationMatrixIT.Jar();
  private final HttpClient following =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.ALWAYS)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final HttpClient staying =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  static Visitor signedIn(KenesCluster cluster, String user)
      throws IOException, InterruptedException {
    Visitor visitor = new Visitor();
    HttpResponse<String> form =
        visitor.following.send(
            HttpRequest.newBuilder(cluster.balancer().resolve("/signin?next=/"))
                .header("Accept", HTML)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher action = FORM.matcher(form.body());
    if (!action.find()) {
      throw new IllegalStateException("no Keycloak sign-in form at " + form.uri());
    }
    HttpResponse<String> home =
        visitor.following.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + URLEncoder.encode(user, StandardCharsets.UTF_8)
                            + "&password="
                            + URLEncoder.encode(user, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (home.statusCode() != 200 || !home.body().contains("action=\"/logout\"")) {
      throw new IllegalStateException(
          user + " not signed in: " + home.statusCode() + " at " + home.uri());
    }
    return visitor;
  }

  /** Whether the home page at {@code site} shows this visitor signed in. */
  boolean signedInOn(URI site) throws IOException, InterruptedException {
    HttpResponse<String> home =
        staying.send(
            HttpRequest.newBuilder(site.resolve("/")).header("Accept", HTML).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    return home.statusCode() == 200 && home.body().contains("action=\"/logout\"");
  }

  /** Presses the sign-out button of the home page at {@code site}; the answer, not followed. */
  HttpResponse<String> signOut(URI site) throws IOException, InterruptedException {
    String home =
        staying
            .send(
                HttpRequest.newBuilder(site.resolve("/")).header("Accept", HTML).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher csrf = CSRF.matcher(home);
    if (!csrf.find()) {
      throw new IllegalStateException("no sign-out form at " + site);
    }
    return staying.send(
        HttpRequest.newBuilder(site.resolve("/logout"))
            .header("Accept", HTML)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  Optional<String> cookie(String name) {
    return cookies.value(name);
  }
}
