package dev.csprules.api.fact;

import dev.csprules.api.internal.Require;

/**
 * A business address. Parts may be blank: an incomplete address is a finding, not bad input.
 *
 * @param country ISO 3166-1 alpha-2 code, upper case; also the company's location, which
 *     determines its market
 */
public record Address(String street, String city, String postalCode, String country) {
  public Address {
    Require.Components components = Require.components();
    components.present(street, "street");
    components.present(city, "city");
    components.present(postalCode, "postalCode");
    components.present(country, "country");
    components.done();
  }

  public static Address empty() {
    return new Address("", "", "", "");
  }

  /**
   * A builder whose parts are all blank: an address is incomplete, never missing, until a part is
   * set to null.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this address's parts, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().street(street).city(city).postalCode(postalCode).country(country);
  }

  /** Builds an address; {@link #build} names every part set to null at once. */
  public static final class Builder {
    private String street = "";
    private String city = "";
    private String postalCode = "";
    private String country = "";

    private Builder() {}

    /**
     * @param street the street and number
     * @return this builder
     */
    public Builder street(String street) {
      this.street = street;
      return this;
    }

    /**
     * @param city the city
     * @return this builder
     */
    public Builder city(String city) {
      this.city = city;
      return this;
    }

    /**
     * @param postalCode the postal code
     * @return this builder
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      return this;
    }

    /**
     * @param country ISO 3166-1 alpha-2 code, upper case
     * @return this builder
     */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * The address.
     *
     * @return the address
     * @throws dev.csprules.api.InvalidRequestException naming every part set to null
     */
    public Address build() {
      return new Address(street, city, postalCode, country);
    }
  }
}
