package dev.csprules.drools.internal.run;

import dev.csprules.api.FactValue;
import dev.csprules.api.fact.PointInTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;

/**
 * What a rule gives {@code Evidence.of} as a finding's typed fact. Money stays a BigDecimal,
 * months, days and instants stay themselves, an enum constant is its name, and a collection
 * becomes a list sorted by its items' text, so that the same matches give the same finding
 * whatever order the engine collected them in. Anything else is its text.
 */
public final class FactValues {
  private FactValues() {}

  /** @throws IllegalArgumentException when {@code value} is null */
  public static FactValue of(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("a fact has no value");
    }
    if (value instanceof FactValue typed) {
      return typed;
    }
    if (value instanceof CharSequence text) {
      return new FactValue.Text(text.toString());
    }
    if (value instanceof Enum<?> constant) {
      return new FactValue.Text(constant.name());
    }
    if (value instanceof BigDecimal amount) {
      return new FactValue.Amount(amount);
    }
    if (value instanceof BigInteger amount) {
      return new FactValue.Amount(new BigDecimal(amount));
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return new FactValue.Count(((Number) value).longValue());
    }
    if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
      return new FactValue.Amount(BigDecimal.valueOf(((Number) value).doubleValue()));
    }
    if (value instanceof Boolean flag) {
      return new FactValue.Flag(flag);
    }
    if (value instanceof YearMonth month) {
      return new FactValue.Month(month);
    }
    if (value instanceof LocalDate day) {
      return new FactValue.Day(day);
    }
    if (value instanceof OffsetDateTime moment) {
      return new FactValue.Moment(moment);
    }
    if (value instanceof ZonedDateTime moment) {
      return new FactValue.Moment(moment.toOffsetDateTime());
    }
    if (value instanceof Instant moment) {
      return new FactValue.Moment(moment.atOffset(ZoneOffset.UTC));
    }
    if (value instanceof PointInTime when) {
      return when.dateTime().<FactValue>map(FactValue.Moment::new)
          .or(() -> when.date().map(FactValue.Day::new))
          .orElseGet(() -> new FactValue.Text(when.toString()));
    }
    if (value instanceof Collection<?> items) {
      return new FactValue.ListOf(
          items.stream().map(FactValues::of).sorted(Comparator.comparing(FactValue::text)).toList());
    }
    return new FactValue.Text(String.valueOf(value));
  }
}
