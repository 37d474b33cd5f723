package dev.csprules.drools;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void runs() {
    DroolsPolicyEngine engine = DroolsPolicyEngine.builder().build();
    System.out.println(engine.evaluate(Fixtures.indirectApplication(), Fixtures.IN_2020));
    System.out.println(engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2020));
    System.out.println(engine.evaluate(Fixtures.directApplication(), Fixtures.IN_2018));
    System.out.println(engine.evaluate(Fixtures.order(), Fixtures.IN_2020));
  }
}
