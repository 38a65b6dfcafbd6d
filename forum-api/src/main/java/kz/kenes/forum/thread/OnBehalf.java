package kz.kenes.forum.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;

/**
 * A thread an operator posted for a resident who is not online: how the resident came ({@code
 * channel}) and, when they gave one, their phone number masked ({@code +7701***4567}); the full
 * number is never stored. Pages show "posted by operator … for a resident", never the phone.
 */
@Embeddable
public record OnBehalf(
    @Enumerated(EnumType.STRING) @Column(name = "on_behalf_channel", length = 20)
        OfflineChannel channel,
    @Column(name = "on_behalf_phone", length = 16) String maskedPhone) {

  public OnBehalf {
    Objects.requireNonNull(channel, "channel");
  }

  public Optional<String> phone() {
    return Optional.ofNullable(maskedPhone);
  }
}
