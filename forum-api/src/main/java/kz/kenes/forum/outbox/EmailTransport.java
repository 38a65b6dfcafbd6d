package kz.kenes.forum.outbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/**
 * Email through WildFly's mail session {@code java:jboss/mail/Default} (SMTP server {@code
 * KENES_SMTP_HOST}:{@code KENES_SMTP_PORT}, sender {@code KENES_MAIL_FROM}).
 */
@ApplicationScoped
public class EmailTransport implements MessageTransport {
  @Resource(lookup = "java:jboss/mail/Default")
  Session mail;

  @Override
  public OutboxChannel channel() {
    return OutboxChannel.EMAIL;
  }

  @Override
  public String send(OutgoingMessage outgoing) throws Exception {
    MimeMessage message = new MimeMessage(mail);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.recipient(), true));
    message.setSubject(outgoing.subject() == null ? "Kenes" : outgoing.subject(), "UTF-8");
    message.setText(outgoing.text(), StandardCharsets.UTF_8.name());
    Transport.send(message);
    return null;
  }
}
