package dev.csprules.drools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.CspModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emails, names and addresses in a request never reach the logs or an exception message, whatever
 * happens to the request: decided, refused as bad input, or stopped by a failing rule.
 */
class PersonalDataTest {
  private static final String EMAIL = "hanako.private@contoso-secret.example";
  private static final String SIGNATORY = "Hanako Privatename";
  private static final String STREET = "9-9-9 Hiddenstreet";

  @TempDir Path folder;

  @Test
  void personalDataStaysOutOfLogsAndErrors() throws IOException {
    PrintStream originalErr = System.err;
    PrintStream originalOut = System.out;
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    List<String> messages = new ArrayList<>();
    try {
      PrintStream capture = new PrintStream(logs, true, StandardCharsets.UTF_8);
      System.setErr(capture);
      System.setOut(capture);
      var partner = Fixtures.partner().adminEmail(EMAIL).legalSignatory(SIGNATORY).address(new Address(STREET, "Tokyo", "100-0001", "JP")).build();
      var application = new EnrollmentApplication("a", partner, CspModel.DIRECT_BILL, "JP");
      SharedEngine.decide(application, Fixtures.IN_2020);
      SharedEngine.get().explain(application, Fixtures.IN_2020);

      var bad = partner.toBuilder().address(new Address(STREET, "Tokyo", "100-0001", "QQ")).companyName("").build();
      messages.add(assertThrows(InvalidRequestException.class, () -> SharedEngine.decide(new EnrollmentApplication("a", bad, CspModel.DIRECT_BILL, "ZZ"), Fixtures.IN_2020)).getMessage());

      Files.createDirectories(folder.resolve("rules"));
      Files.writeString(folder.resolve("rules/fails.drl"), """
          package dev.csprules.policy.rules.fails;
          import dev.csprules.api.EnrollmentApplication;
          import dev.csprules.drools.rulefacts.Evidence;
          rule "ENR-990"
            @title("a rule that fails on the admin email")
            @code("MPN_ID_MISSING")
            @edition("2018-01")
            @cites("4d1ce-110")
          when
            $application : EnrollmentApplication()
          then
            insertLogical(Evidence.of(kcontext, "x", $application.partner().adminEmail().substring(1000)));
          end
          """);
      DroolsPolicyEngine failing = DroolsPolicyEngine.builder().policyFolder(folder).build();
      messages.add(assertThrows(PolicyEvaluationException.class, () -> failing.evaluate(application, Fixtures.IN_2020)).getMessage());
    } finally {
      System.setErr(originalErr);
      System.setOut(originalOut);
    }
    String everything = logs.toString(StandardCharsets.UTF_8) + String.join("\n", messages);
    for (String secret : List.of(EMAIL, "contoso-secret", SIGNATORY, STREET)) {
      assertFalse(everything.contains(secret), secret + " leaked into:\n" + everything);
    }
  }
}
