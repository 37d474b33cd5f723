package dev.csprules.api.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PointInTimeTest {
  private static PointInTime at(String text) {
    return PointInTime.parse(text, "at");
  }

  @Test
  void readsDatesDateTimesAndUnknownAndWritesThemBack() {
    for (String text : List.of("2020-11-15", "2020-11-15T08:00+09:00", "unknown")) {
      assertEquals(text, at(text).toString());
    }
    assertEquals(Optional.of(LocalDate.of(2020, 11, 15)), at("2020-11-15T08:00+09:00").date());
    assertFalse(at("unknown").isKnown());
    assertTrue(at("2020-11-15T08:00+09:00").hasTime());
  }

  @Test
  void comparesInstantsWhenBothHaveATimeAndDatesOtherwise() {
    assertTrue(at("2020-11-15T08:00+09:00").isAtOrBefore(at("2020-11-14T23:00Z")));
    assertFalse(at("2020-11-15T08:00+09:00").isAtOrBefore(at("2020-11-14T22:59Z")));
    // The date-time's own calendar date (the 15th in Tokyo) against a date.
    assertFalse(at("2020-11-15T08:00+09:00").isAtOrBefore(at("2020-11-14")));
    assertTrue(at("2020-11-15").isAtOrBefore(at("2020-11-15T00:00Z")));
    assertFalse(at("unknown").isAtOrBefore(at("2020-11-15")));
    assertFalse(at("2020-11-15").isAtOrBefore(at("unknown")));
  }

  @Test
  void badTextIsNamedAtItsComponent() {
    InvalidRequestException error = assertThrows(InvalidRequestException.class, () -> PointInTime.parse("2020-11-15T08:00", "dateAgreed"));
    assertEquals("dateAgreed", error.problems().get(0).path());
  }

  @Test
  void anOrderIsNeverPlacedAtAnUnknownTime() {
    InvalidRequestException error =
        assertThrows(
            InvalidRequestException.class,
            () ->
                new Order(
                    "o",
                    Partner.builder().build(),
                    Customer.of("t", "JP", List.of()),
                    "JPY",
                    PointInTime.unknown(),
                    List.of(new OrderLine("x", ProductKind.ONLINE_SERVICE, 1))));
    assertEquals("orderDate: must be known", error.problems().get(0).toString());
  }

  @Test
  void aCustomerStatedAsNotACspPartnerIsNotUnknown() {
    assertEquals(Truth.FALSE, Customer.of("t", "JP", List.of()).ownerUsesTenantForCspTransactions());
    assertEquals(Truth.UNKNOWN, Customer.of("t", "JP", List.of()).withUnknownOwnership().ownerUsesTenantForCspTransactions());
  }
}
