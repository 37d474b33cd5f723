package dev.csprules.spring.sample;

import dev.csprules.api.Decision;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.Problem;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /decisions}: a request as JSON in, its decision as JSON out. */
@RestController
class DecisionsController {
  private final PolicyEngine engine;

  DecisionsController(PolicyEngine engine) {
    this.engine = engine;
  }

  @PostMapping("/decisions")
  Decision decide(@RequestBody DecisionRequest body) {
    List<Problem> problems = body.problems();
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    try {
      return engine.evaluate(body.request(), body.asOf());
    } catch (InvalidRequestException e) {
      throw new InvalidRequestException(e.problems().stream().map(problem -> inBody(problem, body)).toList());
    }
  }

  /** The engine's paths start at the request, the body's one field higher; asOf is in both. */
  private static Problem inBody(Problem problem, DecisionRequest body) {
    return problem.path().equals("asOf")
        ? problem
        : new Problem(body.requestField() + "." + problem.path(), problem.message());
  }
}
