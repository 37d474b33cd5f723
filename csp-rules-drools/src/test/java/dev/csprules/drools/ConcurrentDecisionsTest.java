package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Threads sharing one engine get the decisions one thread gets: no caller sees another's facts. */
class ConcurrentDecisionsTest {

  private static List<PolicyRequest> distinctRequests() {
    List<PolicyRequest> requests = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      var partner = Fixtures.partner();
      if (i % 2 == 0) partner.mpnId("");
      if (i % 3 == 0) partner.bankInformationOnFile(false);
      if (i % 5 == 0) partner.adminEmail("admin" + i + "@gmail.com");
      if (i % 7 == 0) partner.address(new Address("", "Tokyo", "", "JP"));
      requests.add(new EnrollmentApplication("app-" + i, partner.build(), i % 4 == 0 ? CspModel.DIRECT_BILL : CspModel.INDIRECT_RESELLER, "JP"));
      String country = i % 3 == 0 ? "US" : "JP";
      requests.add(Fixtures.order(Fixtures.partner().build(), Customer.of(Fixtures.CUSTOMER_TENANT, country, List.of()), i % 2 == 0 ? "JPY" : "USD", LocalDate.of(2020, 11, 15)));
    }
    return requests;
  }

  @Test
  void concurrentDecisionsEqualSerialOnes() throws Exception {
    List<PolicyRequest> requests = distinctRequests();
    List<LocalDate> dates = List.of(LocalDate.of(2018, 2, 1), LocalDate.of(2019, 6, 1), LocalDate.of(2020, 11, 15));
    List<Decision> serial = new ArrayList<>();
    for (LocalDate date : dates) {
      for (PolicyRequest request : requests) {
        serial.add(SharedEngine.decide(request, date));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<Decision>> futures = new ArrayList<>();
        for (LocalDate date : dates) {
          for (PolicyRequest request : requests) {
            futures.add(pool.submit(() -> SharedEngine.decide(request, date)));
          }
        }
        for (int i = 0; i < futures.size(); i++) {
          assertEquals(serial.get(i), futures.get(i).get(), "decision " + i + " in round " + round);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
