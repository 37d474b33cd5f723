package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import java.time.LocalDate;

/**
 * A customer's acceptance of an agreement.
 *
 * @param dateAgreed when it was agreed: a date-time with its offset, a date, or unknown when
 *     only the agreement's signed status is known
 */
public record AgreementAcceptance(AgreementType type, PointInTime dateAgreed) {
  public AgreementAcceptance {
    Require.Components components = Require.components();
    components.present(type, "type");
    components.present(dateAgreed, "dateAgreed");
    components.done();
  }

  /** An acceptance on a calendar day. */
  public AgreementAcceptance(AgreementType type, LocalDate dateAgreed) {
    this(type, PointInTime.of(Require.present(dateAgreed, "dateAgreed")));
  }

  /** An agreement known to be signed, on a day nobody recorded. */
  public static AgreementAcceptance dateUnknown(AgreementType type) {
    return new AgreementAcceptance(type, PointInTime.unknown());
  }
}
