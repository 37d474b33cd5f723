package dev.csprules.drools.internal.load;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import dev.csprules.api.FindingCode;
import dev.csprules.drools.internal.policy.PolicySource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The fact names each finding rule gives its evidence: the literal names of {@code
 * Evidence.of(kcontext, "name", value, ...)} in its consequence. Read from the rule's parse tree
 * when the policy loads, so a message placeholder no fact fills is an error then, not a gap in a
 * decision's text; and read before anything compiles, so it is reported with the other data-file
 * mistakes. Parsing runs nothing of the rule.
 */
public final class EvidenceFacts {
  private static final Map<String, FindingCode> CODES =
      Arrays.stream(FindingCode.values()).collect(Collectors.toUnmodifiableMap(Enum::name, code -> code));

  /** A finding rule, its code and the fact names it gives (none when it calls no Evidence.of). */
  record FindingRule(String id, FindingCode code, Set<String> facts) {}

  private EvidenceFacts() {}

  /**
   * Every finding rule of these files whose facts are known. A rule is left out when its file
   * does not parse, its {@code @code} is not a finding code, or a fact name is not a string
   * literal: the compiler and the catalog report the first two, and the third is known only when
   * the rule fires.
   */
  public static List<FindingRule> findingRules(List<PolicySource> rules) {
    List<FindingRule> found = new ArrayList<>();
    for (PolicySource source : rules) {
      parse(source).ifPresent(drl -> {
        for (RuleDescr rule : drl.getRules()) {
          AnnotationDescr code = rule.getAnnotation("code");
          FindingCode findingCode = code == null ? null : CODES.get(AnnotationDescr.unquote(String.valueOf(code.getSingleValue())));
          if (findingCode != null) {
            names(String.valueOf(rule.getConsequence()))
                .ifPresent(names -> found.add(new FindingRule(rule.getName(), findingCode, names)));
          }
        }
      });
    }
    return found;
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
