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
}
