package kz.kenes.search.index;

import kz.kenes.forum.thread.Post;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only posts the public may read are in the index: a post that is withdrawn, hidden or removed is
 * not indexed, and leaves the index when it becomes so (its previous route is deleted); so is every
 * post of a thread whose opening post is hidden ({@link VisibleThreadRouting}).
 */
final class VisiblePostRouting implements RoutingBinder {
  @Override
  public void bind(RoutingBindingContext context) {
    context.dependencies().use("visibility").use("withdrawnAt").use("thread.hidden");
    context.bridge(Post.class, new Bridge());
  }

  private static final class Bridge implements RoutingBridge<Post> {
    @Override
    public void route(
        DocumentRoutes routes, Object id, Post post, RoutingBridgeRouteContext context) {
      if (post.publiclyVisible() && !post.thread().hidden()) {
        routes.addRoute();
      } else {
        routes.notIndexed();
      }
    }

    @Override
    public void previousRoutes(
        DocumentRoutes routes, Object id, Post post, RoutingBridgeRouteContext context) {
      // Without sharding there is one route; it may hold a document from before the change.
      routes.addRoute();
    }
  }
}
