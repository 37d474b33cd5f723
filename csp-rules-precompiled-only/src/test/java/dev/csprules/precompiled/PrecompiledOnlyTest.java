package dev.csprules.precompiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csprules.api.Decision;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.Finding;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.drools.DroolsPolicyEngine;
import dev.csprules.drools.PolicyLoadException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An application that depends on csp-rules-drools with the DRL compiler chain excluded (this
 * module's pom.xml) decides on the built-in policy, and is told plainly when it asks for a policy
 * folder.
 */
class PrecompiledOnlyTest {
  private static final LocalDate AS_OF = LocalDate.of(2020, 11, 15);
  private static DroolsPolicyEngine engine;

  @BeforeAll
  static void buildEngine() {
    engine = DroolsPolicyEngine.builder().build();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  /** Without this the other tests would prove nothing: one class of each excluded artifact. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "org.drools.compiler.compiler.Dialect",
        "org.drools.model.codegen.ExecutableModelProject",
        "org.kie.util.maven.support.ReleaseIdImpl",
        "org.drools.drl.parser.DrlParser",
        "com.github.javaparser.JavaParser",
        "org.eclipse.jdt.internal.compiler.Compiler",
        "org.antlr.v4.runtime.Parser"
      })
  void theCompilerChainIsNotOnTheClassPath(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
  }

  @Test
  void decidesAnApplicationOnThePrecompiledRules() {
    Decision decision =
        engine.evaluate(
            EnrollmentApplication.builder()
                .applicationId("application-1")
                .partner(partner())
                .model(CspModel.DIRECT_BILL)
                .sellLocation("JP")
                .build(),
            AS_OF);

    assertEquals(Outcome.INELIGIBLE, decision.outcome());
    assertTrue(codes(decision).contains(FindingCode.DIRECT_BILL_REVENUE_BELOW_THRESHOLD), codes(decision).toString());
  }

  @Test
  void decidesAnOrderExplainsItAndDecidesABatch() {
    Order order = order();

    Decision decision = engine.evaluate(order, AS_OF);
    assertEquals(Outcome.DENIED, decision.outcome());
    assertTrue(codes(decision).contains(FindingCode.CURRENCY_MISMATCH), codes(decision).toString());
    assertEquals(codes(decision), engine.explain(order, AS_OF).findings().stream().map(f -> f.finding().code()).toList());

    Order inYen = order.toBuilder().orderId("order-2").currency("JPY").build();
    List<List<FindingCode>> batch =
        engine.evaluateAll(Stream.<PolicyRequest>of(order, inYen), AS_OF)
            .map(result -> result.map(decided -> codes(decided.decision()), rejected -> List.<FindingCode>of(), failed -> List.<FindingCode>of()))
            .toList();
    assertEquals(List.of(codes(decision), codes(engine.evaluate(inYen, AS_OF))), batch);
    assertFalse(batch.get(1).contains(FindingCode.CURRENCY_MISMATCH), batch.toString());
  }

  @Test
  void aPolicyFolderFailsWithOneProblemNamingTheMissingArtifacts() {
    PolicyLoadException e =
        assertThrows(
            PolicyLoadException.class,
            () -> DroolsPolicyEngine.builder().policyFolder(Path.of("../examples/policy-2018-history")).build());

    assertEquals(1, e.problems().size(), e.getMessage());
    String problem = e.problems().get(0);
    for (String artifact :
        List.of(
            "org.drools:drools-compiler",
            "org.drools:drools-model-codegen",
            "org.kie:kie-util-maven-support",
            "org.drools:drools-drl-parser",
            "com.github.javaparser:javaparser-core",
            "org.eclipse.jdt:ecj")) {
      assertTrue(problem.contains(artifact), problem);
    }
  }

  private static List<FindingCode> codes(Decision decision) {
    return decision.findings().stream().map(Finding::code).toList();
  }

  private static Partner partner() {
    return Partner.builder()
        .companyName("Fabrikam KK")
        .mpnId("4410001")
        .mpnMembershipActive(true)
        .locationMpnId("JP", "4410002")
        .address(Address.builder().street("2-11-1 Shibuya").city("Tokyo").postalCode("150-0002").country("JP").build())
        .bankInformationOnFile(true)
        .adminEmail("it-admin@fabrikam.co.jp")
        .legalSignatory("Taro Yamada")
        .enrolledAs(CspModel.INDIRECT_RESELLER)
        .customerRelationship("tenant-contoso-jp")
        .build();
  }

  private static Order order() {
    return Order.builder()
        .orderId("order-1")
        .seller(partner())
        .customer(
            Customer.builder()
                .tenantId("tenant-contoso-jp")
                .country("JP")
                .agreementAcceptance(
                    AgreementAcceptance.builder()
                        .type(AgreementType.MICROSOFT_CUSTOMER_AGREEMENT)
                        .dateAgreed(LocalDate.of(2020, 1, 10))
                        .build())
                .build())
        .currency("USD")
        .orderDate(AS_OF)
        .line(OrderLine.builder().offerId("microsoft-365-e3").kind(ProductKind.ONLINE_SERVICE).quantity(25).build())
        .build();
  }
}
