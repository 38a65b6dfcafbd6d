package kz.kenes.forum.platform;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * Where the servlet container sends a failure raised before a request reaches JAX-RS (web.xml
 * error-page), for instance in WildFly's OIDC client while the identity provider cannot be reached:
 * it is thrown again here, so that {@link ProblemMapper} answers it like any other failure.
 */
@Path(ServerFailureResource.PATH)
public class ServerFailureResource {
  /** The error-page location in web.xml. */
  public static final String PATH = "server-failure";

  @Inject HttpServletRequest request;

  @GET
  public void get() throws Throwable {
    throw failure();
  }

  @POST
  public void post() throws Throwable {
    throw failure();
  }

  @PUT
  public void put() throws Throwable {
    throw failure();
  }

  @DELETE
  public void delete() throws Throwable {
    throw failure();
  }

  @PATCH
  public void patch() throws Throwable {
    throw failure();
  }

  private Throwable failure() {
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    return failure instanceof Throwable t ? t : new DomainException.NotFound("error.not-found");
  }
}
