package dev.csprules.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The policy-folder sample decides under the folder, reloads it changed, and decides anew. */
class PolicyFolderSampleTest {

  @Test
  void theReloadedFolderDecidesWithoutTheRuleItSwitchedOff() throws Exception {
    String output = SampleOutput.of(() -> PolicyFolderSample.main(new String[] {"../examples/policy-2018-history"}));

    String[] decisions = output.split("policy [0-9a-f]+ replaced [0-9a-f]+\\R");
    assertEquals(2, decisions.length, output);
    assertTrue(decisions[0].contains("BLOCKING DIRECT_BILL_REVENUE_BELOW_THRESHOLD"), decisions[0]);
    assertTrue(decisions[0].contains("ENROLLMENT application-42: INELIGIBLE"), decisions[0]);
    assertFalse(decisions[1].contains("DIRECT_BILL_REVENUE_BELOW_THRESHOLD"), decisions[1]);
    assertTrue(decisions[1].contains("ENROLLMENT application-42:"), decisions[1]);
  }
}
