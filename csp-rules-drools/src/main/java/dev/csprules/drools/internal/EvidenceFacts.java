package dev.csprules.drools.internal;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The fact names each rule gives its evidence: the literal names of {@code
 * Evidence.of(kcontext, "name", value, ...)} in its consequence. Read from the rule's parse tree
 * when the policy loads, so a message placeholder no fact fills is an error then, not a gap in a
 * decision's text. Parsing runs nothing of the rule.
 */
final class EvidenceFacts {
  private EvidenceFacts() {}

  /**
   * Rule name to the fact names its consequence gives (none when it calls no {@code
   * Evidence.of}). A rule whose names are not all string literals, or whose file does not parse,
   * is left out: what it gives is known only when it fires.
   */
  static Map<String, Set<String>> byRule(List<PolicySource> rules) {
    Map<String, Set<String>> byRule = new HashMap<>();
    for (PolicySource source : rules) {
      parse(source).ifPresent(drl -> {
        for (RuleDescr rule : drl.getRules()) {
          names(String.valueOf(rule.getConsequence())).ifPresent(names -> byRule.putIfAbsent(rule.getName(), names));
        }
      });
    }
    return byRule;
  }

  private static Optional<PackageDescr> parse(PolicySource source) {
    try {
      DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
      PackageDescr drl = parser.parse(false, source.text());
      return parser.hasErrors() ? Optional.empty() : Optional.ofNullable(drl);
    } catch (DroolsParserException e) {
      return Optional.empty();
    }
  }

  private static Optional<Set<String>> names(String consequence) {
    Optional<BlockStmt> block = new JavaParser().parseBlock("{" + consequence + "\n}").getResult();
    if (block.isEmpty()) {
      return Optional.empty();
    }
    Set<String> names = new TreeSet<>();
    for (MethodCallExpr call : block.get().findAll(MethodCallExpr.class)) {
      boolean evidence = call.getNameAsString().equals("of")
          && call.getScope().map(scope -> scope.toString().equals("Evidence") || scope.toString().endsWith(".Evidence")).orElse(false);
      if (!evidence) {
        continue;
      }
      for (int i = 1; i < call.getArguments().size(); i += 2) {
        Expression name = call.getArgument(i);
        if (!name.isStringLiteralExpr()) {
          return Optional.empty();
        }
        names.add(name.asStringLiteralExpr().asString());
      }
    }
    return Optional.of(names);
  }
}
