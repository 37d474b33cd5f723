package dev.csprules.api;

import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.internal.Require;
import org.jspecify.annotations.Nullable;

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

  /**
   * A builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this application's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().applicationId(applicationId).partner(partner).model(model).sellLocation(sellLocation);
  }

  @Override
  public String id() {
    return applicationId;
  }

  @Override
  public DecisionKind kind() {
    return DecisionKind.ENROLLMENT;
  }

  /** Builds an application. Every field is required; {@link #build} names every missing one at once. */
  public static final class Builder {
    private @Nullable String applicationId;
    private @Nullable Partner partner;
    private @Nullable CspModel model;
    private @Nullable String sellLocation;

    private Builder() {}

    /**
     * @param applicationId the caller's id, echoed in the decision
     * @return this builder
     */
    public Builder applicationId(String applicationId) {
      this.applicationId = applicationId;
      return this;
    }

    /**
     * @param partner the applying partner
     * @return this builder
     */
    public Builder partner(Partner partner) {
      this.partner = partner;
      return this;
    }

    /**
     * @param model the CSP model applied for
     * @return this builder
     */
    public Builder model(CspModel model) {
      this.model = model;
      return this;
    }

    /**
     * @param sellLocation the country (ISO 3166-1 alpha-2) to sell in
     * @return this builder
     */
    public Builder sellLocation(String sellLocation) {
      this.sellLocation = sellLocation;
      return this;
    }

    /**
     * The application.
     *
     * @return the application
     * @throws InvalidRequestException naming every missing field
     */
    public EnrollmentApplication build() {
      Require.Components fields = Require.components();
      fields.present(applicationId, "applicationId");
      fields.present(partner, "partner");
      fields.present(model, "model");
      fields.present(sellLocation, "sellLocation");
      fields.done();
      return new EnrollmentApplication(applicationId, partner, model, sellLocation);
    }
  }
}
