package dev.csprules.spring.sample;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Order;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /decisions}: the shape of the command line's request files, an {@code
 * asOf} date and either an {@code application} or an {@code order} in the API's field names.
 * Jackson fills the API records directly; parts left out are null here and reported by {@link
 * #problems()}.
 */
record DecisionRequest(LocalDate asOf, EnrollmentApplication application, Order order) {

  /** What is missing or doubled in the body itself, before the engine checks the request. */
  List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    if (asOf == null) {
      problems.add(Problem.missing("asOf"));
    }
    if (application == null && order == null) {
      problems.add(new Problem("application", "is missing: give an application or an order"));
    }
    if (application != null && order != null) {
      problems.add(new Problem("order", "is one request too many: give an application or an order"));
    }
    return problems;
  }

  PolicyRequest request() {
    return application != null ? application : order;
  }

  /** Where the request sits in the body, to put before the engine's paths. */
  String requestField() {
    return application != null ? "application" : "order";
  }
}
