package dev.csprules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.ProductKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builders of Order, EnrollmentApplication and Customer. */
class RequestBuildersTest {
  private static final Partner SELLER = Partner.builder().companyName("Contoso").build();
  private static final Customer CUSTOMER =
      Customer.builder()
          .tenantId("t-1")
          .country("JP")
          .agreementAcceptance(
              new AgreementAcceptance(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT, LocalDate.of(2020, 1, 2)))
          .build();

  @Test
  void anOrderBuilderNamesEveryMissingFieldAtOnce() {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> Order.builder().seller(SELLER).currency("JPY").build());

    assertEquals(
        List.of(
            Problem.missing("orderId"),
            Problem.missing("customer"),
            Problem.missing("orderDate"),
            new Problem("lines", "needs at least one")),
        e.problems());
  }

  @Test
  void toBuilderCopiesAnOrderAndChangesOnlyWhatIsSet() {
    Order order =
        Order.builder()
            .orderId("o-1")
            .seller(SELLER)
            .customer(CUSTOMER)
            .currency("JPY")
            .orderDate(LocalDate.of(2020, 11, 15))
            .line(new OrderLine("offer-1", ProductKind.ONLINE_SERVICE, 1))
            .build();

    Order copy = order.toBuilder().build();
    Order changed = order.toBuilder().currency("USD").line(new OrderLine("offer-2", ProductKind.ONLINE_SERVICE, 2)).build();

    assertEquals(order, copy);
    assertEquals("USD", changed.currency());
    assertEquals(List.of("offer-1", "offer-2"), changed.lines().stream().map(OrderLine::offerId).toList());
    assertEquals(order.customer(), changed.customer());
  }

  @Test
  void anApplicationBuilderNamesEveryMissingFieldAndCopies() {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> EnrollmentApplication.builder().model(CspModel.DIRECT_BILL).build());
    assertEquals(
        List.of(Problem.missing("applicationId"), Problem.missing("partner"), Problem.missing("sellLocation")),
        e.problems());

    EnrollmentApplication application =
        EnrollmentApplication.builder()
            .applicationId("a-1").partner(SELLER).model(CspModel.DIRECT_BILL).sellLocation("JP").build();
    assertEquals(application, application.toBuilder().build());
    assertEquals("KR", application.toBuilder().sellLocation("KR").build().sellLocation());
  }

  @Test
  void aCustomerBuilderDefaultsToANonPartnerAndCopies() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Customer.builder().build());
    assertEquals(List.of(Problem.missing("tenantId"), Problem.missing("country")), e.problems());

    assertEquals(Customer.of("t-1", "JP", CUSTOMER.agreementAcceptances()), CUSTOMER);
    Customer owned = CUSTOMER.toBuilder().ownedByCspPartner("4410001", true).build();
    assertEquals(CUSTOMER.ownedByCspPartner("4410001", true), owned);
    assertEquals(owned, owned.toBuilder().build());
  }
}
