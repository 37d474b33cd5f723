package dev.csprules.api.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Order;
import dev.csprules.api.Problem;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A record given several missing components names every one of them at once, with its path. */
class MissingComponentsTest {
  private static List<String> problems(Executable construction) {
    return assertThrows(InvalidRequestException.class, construction).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void anAddressNamesEveryMissingPart() {
    assertEquals(
        List.of("street: is missing", "city: is missing", "country: is missing"),
        problems(() -> new Address(null, null, "", null)));
  }

  @Test
  void anOrderNamesEveryMissingComponentAndEveryNullLine() {
    OrderLine line = new OrderLine("o", ProductKind.ONLINE_SERVICE, 1);
    assertEquals(
        List.of("orderId: is missing", "customer: is missing", "orderDate: is missing", "lines[1]: is missing", "lines[2]: is missing"),
        problems(() -> new Order(null, Partner.builder().build(), null, "JPY", (PointInTime) null, Arrays.asList(line, null, null))));
  }

  @Test
  void aRevenueRecordNamesEveryMissingComponent() {
    assertEquals(
        List.of("month: is missing", "amount: is missing", "currency: is missing", "kind: is missing", "channel: is missing"),
        problems(() -> new RevenueRecord(null, null, null, null, null)));
  }
}
