package kz.kenes.forum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The notifications list on the site and in the API: stores each notification as a row. */
@ApplicationScoped
public class InAppChannel implements NotificationChannel {
  public static final String NAME = "in-app";

  @Inject NotificationRepository notifications;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void deliver(List<Notification> batch) {
    batch.forEach(notifications::add);
  }
}
