package dev.csprules.api;

import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.internal.Require;

/**
 * A partner's application to join the CSP program.
 *
 * @param applicationId the caller's id, echoed in the decision
 * @param sellLocation the country (ISO 3166-1 alpha-2) the partner wants to sell in
 */
public record EnrollmentApplication(
    String applicationId, Partner partner, CspModel model, String sellLocation)
    implements PolicyRequest {

  public EnrollmentApplication {
    Require.Components components = Require.components();
    components.present(applicationId, "applicationId");
    components.present(partner, "partner");
    components.present(model, "model");
    components.present(sellLocation, "sellLocation");
    components.done();
  }

  @Override
  public String id() {
    return applicationId;
  }

  @Override
  public DecisionKind kind() {
    return DecisionKind.ENROLLMENT;
  }
}
