package dev.csprules.drools.internal.policy;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** Which currency codes exist: ISO 4217, as the JDK knows them. */
public final class CurrencyCodes {
  private static final Set<String> ISO =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  private CurrencyCodes() {}

  public static boolean isKnown(String code) {
    return ISO.contains(code);
  }
}
