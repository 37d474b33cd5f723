package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

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

  /**
   * A builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this acceptance's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().type(type).dateAgreed(dateAgreed);
  }

  /**
   * Builds an acceptance. Type and date are required (a date nobody recorded is stated with {@link
   * #dateUnknown()}); {@link #build} names every missing one at once.
   */
  public static final class Builder {
    private @Nullable AgreementType type;
    private @Nullable PointInTime dateAgreed;

    private Builder() {}

    /**
     * @param type the agreement accepted
     * @return this builder
     */
    public Builder type(AgreementType type) {
      this.type = type;
      return this;
    }

    /**
     * @param dateAgreed when it was agreed: a date-time, a date, or unknown
     * @return this builder
     */
    public Builder dateAgreed(PointInTime dateAgreed) {
      this.dateAgreed = dateAgreed;
      return this;
    }

    /**
     * @param dateAgreed the day it was agreed
     * @return this builder
     */
    public Builder dateAgreed(LocalDate dateAgreed) {
      this.dateAgreed = dateAgreed == null ? null : PointInTime.of(dateAgreed);
      return this;
    }

    /**
     * @param dateAgreed the instant it was agreed, with the offset it was recorded in
     * @return this builder
     */
    public Builder dateAgreed(OffsetDateTime dateAgreed) {
      this.dateAgreed = dateAgreed == null ? null : PointInTime.of(dateAgreed);
      return this;
    }

    /**
     * States that the agreement is signed on a day nobody recorded.
     *
     * @return this builder
     */
    public Builder dateUnknown() {
      return dateAgreed(PointInTime.unknown());
    }

    /**
     * The acceptance.
     *
     * @return the acceptance
     * @throws dev.csprules.api.InvalidRequestException naming every missing field
     */
    public AgreementAcceptance build() {
      Require.Components fields = Require.components();
      fields.present(type, "type");
      fields.present(dateAgreed, "dateAgreed");
      fields.done();
      return new AgreementAcceptance(type, dateAgreed);
    }
  }
}
