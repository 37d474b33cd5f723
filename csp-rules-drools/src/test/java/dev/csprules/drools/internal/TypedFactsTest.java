package dev.csprules.drools.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csprules.api.FactValue;
import dev.csprules.api.FindingCode;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.drools.internal.load.Messages;
import dev.csprules.drools.internal.load.PolicyFiles;
import dev.csprules.drools.internal.run.FactValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a rule gives becomes a typed fact, and each language's messages write it in their own way. */
class TypedFactsTest {
  private static final Messages MESSAGES = Messages.load(PolicyFiles.builtIn());

  private static FactValue text(String value) {
    return new FactValue.Text(value);
  }

  @Test
  void aRulesValuesKeepTheirType() {
    assertEquals(new FactValue.Amount(new BigDecimal("300000.00")), FactValues.of(new BigDecimal("300000.00")));
    assertEquals(new FactValue.Month(YearMonth.of(2019, 11)), FactValues.of(YearMonth.of(2019, 11)));
    assertEquals(new FactValue.Day(LocalDate.of(2020, 11, 15)), FactValues.of(PointInTime.of(LocalDate.of(2020, 11, 15))));
    OffsetDateTime placed = OffsetDateTime.parse("2020-11-15T09:30+09:00");
    assertEquals(new FactValue.Moment(placed), FactValues.of(PointInTime.of(placed)));
    assertEquals(new FactValue.Count(3), FactValues.of(3));
    assertEquals(new FactValue.Flag(true), FactValues.of(true));
    assertEquals(text("BILLING"), FactValues.of(Capability.BILLING));
    assertEquals(text("JP"), FactValues.of("JP"));
    assertThrows(IllegalArgumentException.class, () -> FactValues.of(null));
  }

  /** An engine collects a set or an accumulated list in no promised order: the fact is sorted. */
  @Test
  void aCollectionIsAListSortedByItsItemsText() {
    FactValue expected = new FactValue.ListOf(List.of(text("BILLING"), text("PROVISIONING")));
    assertEquals(expected, FactValues.of(EnumSet.of(Capability.PROVISIONING, Capability.BILLING)));
    assertEquals(expected, FactValues.of(List.of("PROVISIONING", "BILLING")));
    assertEquals(new FactValue.ListOf(List.of()), FactValues.of(Set.of()));
    assertEquals("BILLING, PROVISIONING", expected.text());
    assertEquals("none", new FactValue.ListOf(List.of()).text());
  }

  @Test
  void eachLanguageWritesEachKindInItsOwnWay() {
    assertEquals(
        List.of("1,234,567.50", "1,234,567.50"), both(new FactValue.Amount(new BigDecimal("1234567.50"))));
    assertEquals(List.of("12,000", "12,000"), both(new FactValue.Count(12_000)));
    assertEquals(List.of("2019-11", "2019年11月"), both(new FactValue.Month(YearMonth.of(2019, 11))));
    assertEquals(List.of("2020-11-05", "2020年11月5日"), both(new FactValue.Day(LocalDate.of(2020, 11, 5))));
    assertEquals(
        List.of("2020-11-15T09:30:00+09:00", "2020年11月15日 9:30:00（UTC+09:00）"),
        both(new FactValue.Moment(OffsetDateTime.parse("2020-11-15T09:30+09:00"))));
    assertEquals(List.of("EUR, USD", "EUR、USD"), both(new FactValue.ListOf(List.of(text("EUR"), text("USD")))));
    assertEquals(List.of("none", "なし"), both(new FactValue.ListOf(List.of())));
    assertEquals(List.of("true", "true"), both(new FactValue.Flag(true)));
  }

  /** FACT_UNKNOWN shows {unknownFacts} as the language writes the value, whatever its kind. */
  private static List<String> both(FactValue value) {
    Map<String, FactValue> facts = new LinkedHashMap<>();
    facts.put("rule", text("R"));
    facts.put("ruleCode", text("C"));
    facts.put("unknownFacts", value);
    String english = MESSAGES.english(FindingCode.FACT_UNKNOWN, facts);
    String japanese = MESSAGES.japanese(FindingCode.FACT_UNKNOWN, facts);
    return List.of(
        english.substring("Rule R (C) could not be decided: ".length(), english.indexOf(" stated as unknown")),
        japanese.substring(0, japanese.indexOf(" が不明なため")));
  }
}
