package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import java.time.LocalDate;

/** A customer's acceptance of an agreement, on the day it was agreed. */
public record AgreementAcceptance(AgreementType type, LocalDate dateAgreed) {
  public AgreementAcceptance {
    Require.Components components = Require.components();
    components.present(type, "type");
    components.present(dateAgreed, "dateAgreed");
    components.done();
  }
}
