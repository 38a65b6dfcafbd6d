package kz.kenes.search.index;

import java.util.function.Function;
import kz.kenes.forum.thread.Thread;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * A thread whose opening post moderation hid or removed is not in the index, nor is anything that
 * belongs to it (its official answer, its registered appeals): it leaves the index when hidden and
 * comes back when shown ({@link ThreadVisibilityIndexing} reindexes what copies the thread).
 */
final class VisibleThreadRouting<T> implements RoutingBinder {
  private final Class<T> type;
  private final String path;
  private final Function<T, Thread> thread;

  /** {@code path} is the property path to the thread's hidden flag ("hidden", "thread.hidden"). */
  VisibleThreadRouting(Class<T> type, String path, Function<T, Thread> thread) {
    this.type = type;
    this.path = path;
    this.thread = thread;
  }

  @Override
  public void bind(RoutingBindingContext context) {
    context.dependencies().use(path);
    context.bridge(
        type,
        new RoutingBridge<T>() {
          @Override
          public void route(
              DocumentRoutes routes, Object id, T entity, RoutingBridgeRouteContext ctx) {
            if (thread.apply(entity).hidden()) {
              routes.notIndexed();
            } else {
              routes.addRoute();
            }
          }

          @Override
          public void previousRoutes(
              DocumentRoutes routes, Object id, T entity, RoutingBridgeRouteContext ctx) {
            routes.addRoute();
          }
        });
  }
}
