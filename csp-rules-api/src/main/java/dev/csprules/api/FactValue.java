package dev.csprules.api;

import dev.csprules.api.internal.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value a finding's rule matched, kept as what it is: an amount of money, a month, a day, a
 * list... rather than as English text, so that each language renders it in its own way and a
 * program reads it without parsing. The kinds are closed (a sealed interface): a reader that
 * handles these eight handles every fact.
 *
 * <p>{@link #text()} is the value's one canonical text, the same in every language: money in plain
 * notation ({@code 300000.00}), ISO months, days and instants, a list's items joined by {@code ", "}
 * (and {@code none} when it is empty). Scenario files and tables that want one string per fact use
 * it.
 */
public sealed interface FactValue
    permits FactValue.Text, FactValue.Amount, FactValue.Count, FactValue.Month, FactValue.Day,
        FactValue.Moment, FactValue.Flag, FactValue.ListOf {

  /** The canonical text of this value, the same in every language. */
  String text();

  /** Words, codes and names: an email domain, a country code, an enum constant's name. */
  record Text(String value) implements FactValue {
    public Text {
      Require.present(value, "value");
    }

    @Override
    public String text() {
      return value;
    }
  }

  /** An amount of money, with the scale it was given ({@code 300000.00} stays two decimals). */
  record Amount(BigDecimal value) implements FactValue {
    public Amount {
      Require.present(value, "value");
    }

    @Override
    public String text() {
      return value.toPlainString();
    }
  }

  /** A whole number of things. */
  record Count(long value) implements FactValue {
    @Override
    public String text() {
      return Long.toString(value);
    }
  }

  /** A calendar month, such as the first month of a revenue window. */
  record Month(YearMonth value) implements FactValue {
    public Month {
      Require.present(value, "value");
    }

    @Override
    public String text() {
      return value.toString();
    }
  }

  /** A calendar day. */
  record Day(LocalDate value) implements FactValue {
    public Day {
      Require.present(value, "value");
    }

    @Override
    public String text() {
      return value.toString();
    }
  }

  /** An instant with the offset it was recorded in, such as when an order was placed. */
  record Moment(OffsetDateTime value) implements FactValue {
    public Moment {
      Require.present(value, "value");
    }

    @Override
    public String text() {
      return value.toString();
    }
  }

  /** A yes or no. */
  record Flag(boolean value) implements FactValue {
    @Override
    public String text() {
      return Boolean.toString(value);
    }
  }

  /** Several values, in a fixed order (the engine sorts what a rule gives as a set). */
  record ListOf(List<FactValue> items) implements FactValue {
    /** The canonical text of a list with no items. */
    public static final String EMPTY = "none";

    public ListOf {
      items = Require.list(items, "items");
    }

    @Override
    public String text() {
      return items.isEmpty() ? EMPTY : items.stream().map(FactValue::text).collect(Collectors.joining(", "));
    }
  }
}
