package dev.csprules.drools.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.builder.Message;

/** Drools' compile errors, named at the author's rule file, never at generated Java. */
class CompileErrorsTest {
  private static final Map<String, String> FILES =
      Map.of(
          "src/main/resources/dev/csprules/policy/rules/bad/r000.drl", "policy/rules/bad.drl",
          "src/main/resources/dev/csprules/policy/rules/orders/r001.drl", "rules/orders/check-market.drl");

  private static Message error(String path, int line, int column, String text) {
    return (Message) Proxy.newProxyInstance(
        CompileErrorsTest.class.getClassLoader(), new Class<?>[] {Message.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getPath" -> path;
          case "getLine" -> line;
          case "getColumn" -> column;
          case "getText" -> text;
          default -> null;
        });
  }

  @Test
  void anErrorInARuleFileIsAtItsLineAndColumn() {
    assertEquals(
        List.of("policy/rules/bad.drl:12:5: Unable to resolve method"),
        CompileErrors.describe(
            List.of(error("src/main/resources/dev/csprules/policy/rules/bad/r000.drl", 12, 5, "Unable to resolve\n  method")),
            FILES, "src/main/resources/"));
  }

  @Test
  void anErrorInGeneratedJavaNamesTheRuleFileAndNeitherTheJavaPathNorItsSource() {
    String java = "src/main/java/dev/csprules/policy/rules/bad/PB6/LambdaConsequenceB6F5.java";
    assertEquals(
        List.of("policy/rules/bad.drl: a rule of package dev.csprules.policy.rules.bad does not compile: "
            + "The constructor MissingAddressPart(boolean) is undefined"),
        CompileErrors.describe(
            List.of(
                error(java, 24, 1060, "The constructor MissingAddressPart(boolean) is undefined"),
                error(java, 0, 0, "Java source of " + java + " in error: package dev.csprules.policy.rules.bad.PB6; import ...")),
            FILES, "src/main/resources/"));
  }
}
