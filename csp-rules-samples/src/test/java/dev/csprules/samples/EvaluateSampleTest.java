package dev.csprules.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sample runs end to end and prints the decisions the policy gives. */
class EvaluateSampleTest {

  @Test
  void printsBothDecisionsWithTheirFindingsAndCitations() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      EvaluateSample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    original.print(output);

    assertContains(output, "ENROLLMENT application-42: INELIGIBLE (as of 2020-11-15, editions 2018-01, 2020-10)");
    assertContains(output, "BLOCKING DIRECT_BILL_REVENUE_BELOW_THRESHOLD");
    assertContains(output, "facts {needed=300000.00, actual=288000.00, from=2019-11, to=2020-10}");
    assertContains(output, "rule ENR-140, cites cf5ff-132, cf5ff-135");
    assertContains(output, "ADVICE   DIRECT_BILL_KEY_CAPABILITY_RECOMMENDED");
    assertContains(output, "ORDER order-7: DENIED");
    assertContains(output, "BLOCKING CURRENCY_MISMATCH");
    assertContains(output, "BLOCKING CUSTOMER_AGREEMENT_NOT_ACCEPTED");
    assertContains(output, "間接リセラーとしての過去 12 か月のクラウド収益は 288,000.00 米国ドル（2019年11月～2020年10月）");
  }

  private static void assertContains(String output, String expected) {
    assertTrue(output.contains(expected), () -> "expected the output to contain\n  " + expected + "\nbut it was\n" + output);
  }
}
