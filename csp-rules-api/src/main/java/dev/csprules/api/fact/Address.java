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
    Require.present(street, "street");
    Require.present(city, "city");
    Require.present(postalCode, "postalCode");
    Require.present(country, "country");
  }

  public static Address empty() {
    return new Address("", "", "", "");
  }
}
