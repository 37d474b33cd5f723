package dev.csprules.drools.internal.check;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.csprules.drools.PolicyLoadException;
import dev.csprules.drools.internal.policy.PolicySource;
import dev.csprules.drools.rulefacts.Evidence;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Checks DRL on Drools' own parse tree before anything is generated from it: the rule language
 * of docs/authoring.md, by allow-list. A file is parsed at DRL6, the level the builder uses (a
 * builder set to another level refuses policy folders); every part of the tree is then one the
 * language has, every name and metadata value that code generation copies into Java fits a strict
 * grammar, every expression is checked node by node ({@link ExpressionCheck}), and a consequence
 * may only insert logically the rule's own evidence or its own derived fact. Nothing is compiled,
 * loaded or run here.
 */
final class DrlVerifier {
  /** A file that passed, with the package its rules are compiled in. */
  record VerifiedDrl(PolicySource source, String packageName) {}

  private static final Pattern PACKAGE =
      Pattern.compile(Pattern.quote(RuleLanguage.PACKAGE_ROOT) + "(\\.[a-z][a-z0-9]{0,30}){1,3}");
  private static final Pattern RULE_NAME = Pattern.compile("[A-Z]{2,5}-[A-Z]?[0-9]{3}");
  private static final Pattern IDENTIFIER = Pattern.compile("\\$?[A-Za-z][A-Za-z0-9_]{0,40}");
  private static final Pattern FACT_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
  private static final Pattern SALIENCE = Pattern.compile("-?[0-9]{1,3}");
  private static final Pattern CITATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
  private static final Pattern EDITION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
  /** Each metadata key a rule may carry, with the grammar of its one string value. */
  private static final Map<String, Pattern> METADATA =
      Map.of(
          "title", Pattern.compile("[A-Za-z0-9 ,.;:()'%&+?!-]{1,200}"),
          "code", Pattern.compile("[A-Z][A-Z0-9_]{1,63}"),
          "derives", Pattern.compile(String.join("|", RuleLanguage.DERIVED_TYPES.keySet())),
          "edition", EDITION,
          "until", EDITION,
          "severity", Pattern.compile("BLOCKING|REVIEW|ADVICE"),
          "cites", Pattern.compile(CITATION_ID + "(, ?" + CITATION_ID + "){0,19}"));
  /** Types an accumulate may produce, besides fact types. */
  private static final Set<Class<?>> ACCUMULATED = Set.of(List.class, Set.class, BigDecimal.class);
  private static final int MAX_PATTERNS = 6;

  private final String path;
  private List<String> lines = List.of();
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Class<?>> imports = new HashMap<>();

  private DrlVerifier(String path) {
    this.path = path;
  }

  /**
   * Checks every file, and that no rule name is declared twice.
   *
   * @throws PolicyLoadException naming every problem at its file, line and column
   */
  static List<VerifiedDrl> verify(List<PolicySource> sources) {
    List<String> problems = new ArrayList<>(languageLevelProblems());
    List<VerifiedDrl> verified = new ArrayList<>();
    Map<String, String> declared = new HashMap<>();
    // Built-in files first, so a clash is blamed on the folder's file.
    List<PolicySource> ordered = new ArrayList<>(sources.stream().filter(PolicySource::builtIn).toList());
    ordered.addAll(sources.stream().filter(source -> !source.builtIn()).toList());
    for (PolicySource source : ordered) {
      DrlVerifier verifier = new DrlVerifier(source.name());
      Optional<PackageDescr> tree = verifier.check(source.text());
      problems.addAll(verifier.problems);
      tree.ifPresent(
          descr -> {
            for (RuleDescr rule : descr.getRules()) {
              String where = source.name() + ":" + rule.getLine();
              String first = declared.putIfAbsent(rule.getName(), where);
              if (first != null) {
                problems.add(where + ":" + column(rule) + ": rule \"" + rule.getName()
                    + "\" has the id of the rule at " + first + "; rule ids must be unique");
              }
            }
            verified.add(new VerifiedDrl(source, descr.getName()));
          });
    }
    if (!problems.isEmpty()) {
      throw new PolicyLoadException(problems);
    }
    return verified;
  }

  /** The problems of one file: empty when it passes. */
  static List<String> problems(PolicySource source) {
    DrlVerifier verifier = new DrlVerifier(source.name());
    verifier.check(source.text());
    return List.copyOf(verifier.problems);
  }

  /**
   * Two system properties switch the builder to the ANTLR4 parser, which reads names differently:
   * the checks hold only at the level they were made at.
   */
  private static List<String> languageLevelProblems() {
    LanguageLevelOption level =
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration().getOption(LanguageLevelOption.KEY);
    return level == LanguageLevelOption.DRL6
        ? List.of()
        : List.of("the DRL builder is set to language level " + level
            + " (drools.lang.level or drools.drl.antlr4.parser.enabled); policies load only at DRL6");
  }

  private Optional<PackageDescr> check(String text) {
    lines = text.lines().toList();
    if (!characters(text)) {
      return Optional.empty();
    }
    DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
    PackageDescr descr;
    try {
      descr = parser.parse(null, text);
    } catch (DroolsParserException e) {
      descr = null;
    }
    if (descr == null || parser.hasErrors()) {
      for (DroolsError error : parser.getErrors()) {
        if (error instanceof ParserError parse) {
          add(parse.getRow(), parse.getCol() + 1, parse.getMessage().replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", ""));
        } else {
          add(0, 0, error.getMessage());
        }
      }
      if (parser.getErrors().isEmpty()) {
        add(0, 0, "the file cannot be read as DRL");
      }
      return Optional.empty();
    }
    int before = problems.size();
    packageLevel(descr);
    for (RuleDescr rule : descr.getRules()) {
      rule(rule);
    }
    return problems.size() == before ? Optional.of(descr) : Optional.empty();
  }

  /**
   * Printable ASCII, tabs and line ends only, and no backslash: Java reads a backslash-u escape
   * anywhere in generated source, comments and strings included, before it reads anything else.
   */
  private boolean characters(String text) {
    int line = 1;
    int column = 1;
    int reported = 0;
    for (int i = 0; i < text.length() && reported < 5; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if ((c < 0x20 || c > 0x7e || c == '\\') && c != '\t' && c != '\r') {
        add(line, column, String.format("character U+%04X is not allowed: rule files are printable ASCII without backslashes", (int) c));
        reported++;
      }
      column++;
    }
    return reported == 0;
  }

  private void packageLevel(PackageDescr descr) {
    if (!PACKAGE.matcher(descr.getName()).matches()) {
      add(descr, "the package must be " + RuleLanguage.PACKAGE_ROOT + ".<name>, in lower case letters and digits");
    }
    refuseAll(descr.getFunctionImports(), "a static or function import");
    refuseAll(descr.getAccumulateImports(), "an accumulate import");
    refuseAll(descr.getGlobals(), "a global");
    refuseAll(descr.getAttributes(), "a package attribute");
    refuseAll(descr.getFunctions(), "a function");
    refuseAll(descr.getTypeDeclarations(), "a declared type");
    refuseAll(descr.getEnumDeclarations(), "a declared enum");
    refuseAll(descr.getEntryPointDeclarations(), "an entry point");
    refuseAll(descr.getWindowDeclarations(), "a window");
    if (descr.getUnit() != null) {
      add(descr.getUnit(), "a rule unit is not part of the rule language");
    }
    for (ImportDescr importDescr : descr.getImports()) {
      String target = importDescr.getTarget();
      Optional<Class<?>> type = RuleLanguage.importable(target);
      if (type.isEmpty()) {
        add(importDescr, "import " + target + ": rules may import only the fact, decision and rule fact types, "
            + "String, List, Set, Map, Collection, Locale, BigDecimal, LocalDate and YearMonth");
      } else {
        imports.put(type.get().getSimpleName(), type.get());
      }
    }
  }

  private void refuseAll(Collection<? extends BaseDescr> descrs, String what) {
    descrs.forEach(descr -> add(descr, what + " is not part of the rule language"));
  }

  private void rule(RuleDescr rule) {
    String name = rule.getName();
    String prefix = RULE_NAME.matcher(name).matches() ? "rule \"" + name + "\": " : "";
    RuleProblems at = (line, column, message) -> add(line, column, prefix + message);
    if (rule.getClass() != RuleDescr.class || rule.isQuery()) {
      at.add(rule.getLine(), column(rule), "a query is not part of the rule language");
      return;
    }
    if (prefix.isEmpty()) {
      at.add(rule.getLine(), column(rule), "a rule name must be like ENR-010 or ORD-H120 (2 to 5 capitals, a dash, "
          + "an optional capital and 3 digits)");
    }
    if (rule.getParentName() != null) {
      at.add(rule.getLine(), column(rule), "a rule may not extend another");
    }
    if (!rule.getNamedConsequences().isEmpty()) {
      at.add(rule.getLine(), column(rule), "named consequences are not part of the rule language");
    }
    if (rule.getUnit() != null) {
      at.add(rule.getLine(), column(rule), "a rule unit is not part of the rule language");
    }
    for (Map.Entry<String, AttributeDescr> attribute : rule.getAttributes().entrySet()) {
      AttributeDescr descr = attribute.getValue();
      if (!attribute.getKey().equals("salience")) {
        at.add(descr.getLine(), column(descr), "the attribute " + attribute.getKey() + " is not part of the rule language");
      } else if (!SALIENCE.matcher(descr.getValue()).matches()) {
        at.add(descr.getLine(), column(descr), "salience must be an integer from -999 to 999");
      }
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (AnnotationDescr annotation : rule.getAnnotations()) {
      metadata(annotation, rule.getLine(), at).ifPresent(value -> metadata.put(annotation.getName(), value));
    }
    Map<String, Type> variables = new LinkedHashMap<>();
    int[] patterns = {0};
    conditions(rule.getLhs(), variables, patterns, at);
    if (patterns[0] > MAX_PATTERNS) {
      at.add(rule.getLine(), column(rule), "a rule may match at most " + MAX_PATTERNS + " patterns");
    }
    consequence(rule, metadata, variables, at);
  }

  private Optional<String> metadata(AnnotationDescr annotation, int ruleLine, RuleProblems at) {
    String key = annotation.getName();
    // The parser keeps no position for metadata: the first line from the rule's on that names it.
    int line = annotation.getLine() > 0 ? annotation.getLine() : lineNaming("@" + key, ruleLine);
    Pattern grammar = METADATA.get(key);
    if (grammar == null) {
      at.add(line, 0, "@" + key + " is not a metadata key rules may use ("
          + String.join(", ", METADATA.keySet().stream().sorted().toList()) + ")");
      return Optional.empty();
    }
    Map<String, Object> values = annotation.getValueMap();
    Object raw = values.size() == 1 ? values.get("value") : null;
    String text = raw instanceof String string ? string : "";
    if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")
        || !grammar.matcher(text.substring(1, text.length() - 1)).matches()) {
      at.add(line, 0, "@" + key + " must be one string literal matching " + grammar.pattern());
      return Optional.empty();
    }
    return Optional.of(text.substring(1, text.length() - 1));
  }

  private void conditions(BaseDescr descr, Map<String, Type> variables, int[] patterns, RuleProblems at) {
    Class<?> kind = descr.getClass();
    if (kind == AndDescr.class || kind == OrDescr.class) {
      ((org.drools.drl.ast.descr.ConditionalElementDescr) descr)
          .getDescrs().forEach(child -> conditions((BaseDescr) child, variables, patterns, at));
    } else if (kind == NotDescr.class) {
      ((NotDescr) descr).getDescrs().forEach(child -> conditions(child, variables, patterns, at));
    } else if (kind == ExistsDescr.class) {
      for (Object child : ((ExistsDescr) descr).getDescrs()) {
        conditions((BaseDescr) child, variables, patterns, at);
      }
    } else if (kind == PatternDescr.class) {
      patterns[0]++;
      pattern((PatternDescr) descr, variables, patterns, at);
    } else {
      at.add(descr.getLine(), column(descr), conditionName(descr) + " is not part of the rule language");
    }
  }

  private static String conditionName(BaseDescr descr) {
    String name = descr.getClass().getSimpleName().replace("Descr", "");
    return switch (name) {
      case "Eval" -> "eval";
      case "Forall" -> "forall";
      case "ConditionalBranch" -> "a conditional branch";
      case "NamedConsequence" -> "a named consequence";
      default -> "the condition element " + name;
    };
  }

  private void pattern(PatternDescr pattern, Map<String, Type> variables, int[] patterns, RuleProblems at) {
    PatternSourceDescr source = pattern.getSource();
    boolean accumulated = source != null && source.getClass() == AccumulateDescr.class;
    if (source != null) {
      RuleProblems sourceAt = (line, column, message) ->
          at.add(line > 0 ? line : pattern.getLine(), line > 0 ? column : column(pattern), message);
      source(source, variables, patterns, sourceAt);
    }
    Optional<Class<?>> type = type(pattern.getObjectType());
    if (type.isEmpty()) {
      at.add(pattern.getLine(), column(pattern), "type " + pattern.getObjectType() + " is not imported or not allowed"
          + ExpressionCheck.suggestion(pattern.getObjectType(), imports.keySet()));
      return;
    }
    if (!type.get().getName().startsWith("dev.csprules.") && !(accumulated && ACCUMULATED.contains(type.get()))) {
      at.add(pattern.getLine(), column(pattern), "a pattern matches a fact type, or a List, Set or BigDecimal from accumulate");
    }
    if (!pattern.getBehaviors().isEmpty() || pattern.isQuery() || pattern.isUnification()
        || !pattern.getPositionalConstraints().isEmpty()) {
      at.add(pattern.getLine(), column(pattern), "windows, query calls, unification and positional constraints are not part of the rule language");
    }
    String identifier = pattern.getIdentifier();
    if (identifier != null) {
      if (!IDENTIFIER.matcher(identifier).matches()) {
        at.add(pattern.getLine(), column(pattern), "a variable name is letters and digits, optionally after $");
      }
      variables.put(identifier, type.get());
    }
    for (BaseDescr constraint : pattern.getDescrs()) {
      if (constraint.getClass() != ExprConstraintDescr.class) {
        at.add(constraint.getLine(), column(constraint), "this constraint is not part of the rule language");
        continue;
      }
      constraint((ExprConstraintDescr) constraint, type.get(), variables, at);
    }
  }

  private void constraint(ExprConstraintDescr constraint, Class<?> type, Map<String, Type> variables, RuleProblems at) {
    DrlxExpression parsed;
    try {
      parsed = DrlxParseUtil.parseExpression(constraint.getExpression());
    } catch (RuntimeException e) {
      at.add(constraint.getLine(), column(constraint), "cannot read the constraint '" + constraint.getExpression() + "'");
      return;
    }
    ExpressionCheck check =
        new ExpressionCheck(imports, variables, Optional.of(type), nodeProblems(constraint.getExpression(), constraint, at));
    Expression expression = parsed.getExpr();
    Optional<ExpressionCheck.Value> value = check.check(expression);
    if (parsed.getBind() != null) {
      String name = parsed.getBind().asString();
      if (!IDENTIFIER.matcher(name).matches()) {
        at.add(constraint.getLine(), column(constraint), "a variable name is letters and digits, optionally after $");
      }
      Expression bound = boundPart(expression);
      Optional<ExpressionCheck.Value> boundValue =
          bound == expression ? value : new ExpressionCheck(imports, variables, Optional.of(type), (n, m) -> {}).check(bound);
      boundValue.ifPresent(v -> variables.put(name, v.type()));
    }
  }

  /** {@code $x : a.b > 3} binds {@code a.b}, the left side of the comparison. */
  private static Expression boundPart(Expression expression) {
    if (expression.getClass() == PointFreeExpr.class) {
      return ((PointFreeExpr) expression).getLeft();
    }
    if (expression.getClass() == BinaryExpr.class) {
      BinaryExpr.Operator operator = ((BinaryExpr) expression).getOperator();
      if (operator != BinaryExpr.Operator.PLUS && operator != BinaryExpr.Operator.MINUS
          && operator != BinaryExpr.Operator.MULTIPLY && operator != BinaryExpr.Operator.DIVIDE) {
        return ((BinaryExpr) expression).getLeft();
      }
    }
    return expression;
  }

  private void source(PatternSourceDescr source, Map<String, Type> variables, int[] patterns, RuleProblems at) {
    if (source.getClass() == FromDescr.class) {
      Object dataSource = ((FromDescr) source).getDataSource();
      if (!(dataSource instanceof MVELExprDescr mvel)) {
        at.add(source.getLine(), column(source), "from takes an accessor of a bound fact, such as $partner.revenue");
        return;
      }
      try {
        Expression expression = DrlxParseUtil.parseExpression(mvel.getExpression()).getExpr();
        if (!accessorChain(expression, variables)) {
          at.add(source.getLine(), column(source), "from takes an accessor of a bound fact, such as $partner.revenue");
          return;
        }
        new ExpressionCheck(imports, variables, Optional.empty(), nodeProblems(mvel.getExpression(), source, at)).check(expression);
      } catch (RuntimeException e) {
        at.add(source.getLine(), column(source), "cannot read the source of from");
      }
    } else if (source.getClass() == AccumulateDescr.class) {
      accumulate((AccumulateDescr) source, variables, patterns, at);
    } else {
      at.add(source.getLine(), column(source), "from " + source.getClass().getSimpleName().replace("Descr", "").toLowerCase()
          + " is not part of the rule language: from takes an accessor of a bound fact or an accumulate");
    }
  }

  /** A bound variable followed by property reads: $order.customer.agreementAcceptances. */
  private static boolean accessorChain(Expression expression, Map<String, Type> variables) {
    Class<?> kind = expression.getClass();
    if (kind == NameExpr.class || kind == DrlNameExpr.class) {
      return variables.containsKey(((NameExpr) expression).getNameAsString());
    }
    if (kind == FieldAccessExpr.class) {
      return accessorChain(((FieldAccessExpr) expression).getScope(), variables);
    }
    if (kind == MethodCallExpr.class) {
      MethodCallExpr call = (MethodCallExpr) expression;
      return call.getArguments().isEmpty() && call.getScope().isPresent() && accessorChain(call.getScope().get(), variables);
    }
    return false;
  }

  private void accumulate(AccumulateDescr accumulate, Map<String, Type> variables, int[] patterns, RuleProblems at) {
    if (!accumulate.isExternalFunction() || accumulate.getInitCode() != null || accumulate.getActionCode() != null
        || accumulate.getReverseCode() != null || accumulate.getResultCode() != null || !accumulate.isSinglePattern()) {
      at.add(accumulate.getLine(), column(accumulate), "accumulate takes one pattern and built-in functions ("
          + String.join(", ", RuleLanguage.ACCUMULATE_FUNCTIONS.stream().sorted().toList()) + ")");
      return;
    }
    patterns[0]++;
    pattern(accumulate.getInputPattern(), variables, patterns, at);
    for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
      if (!RuleLanguage.ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
        at.add(accumulate.getLine(), column(accumulate), "the accumulate function " + function.getFunction()
            + " is not built in");
      }
      for (String parameter : function.getParams()) {
        if (!IDENTIFIER.matcher(parameter.strip()).matches() || !variables.containsKey(parameter.strip())) {
          at.add(accumulate.getLine(), column(accumulate), "an accumulate function takes a variable bound in its pattern");
        }
      }
      if (function.getBind() != null) {
        variables.put(function.getBind(), Object.class);
      }
    }
  }

  private void consequence(RuleDescr rule, Map<String, String> metadata, Map<String, Type> variables, RuleProblems at) {
    Object text = rule.getConsequence();
    if (!(text instanceof String code)) {
      return;
    }
    BlockStmt block;
    try {
      block = DrlxParseUtil.parseBlock(code);
    } catch (RuntimeException e) {
      at.add(rule.getConsequenceLine(), 1, "cannot read the consequence as Java statements");
      return;
    }
    // The parser hands the consequence over without its leading blanks; parseBlock puts it on
    // the block's second line, after the "{" it adds.
    int[] start = consequenceStart(code, rule.getConsequenceLine());
    RuleProblems blockAt = (line, column, message) ->
        at.add(start[0] + line - 2, line == 2 ? start[1] + column - 1 : column, message);
    for (Statement statement : block.getStatements()) {
      if (!(statement.getClass() == ExpressionStmt.class
          && ((ExpressionStmt) statement).getExpression().getClass() == MethodCallExpr.class)) {
        report(blockAt, statement, "a consequence is insertLogical(...) statements only, not " + ExpressionCheck.describe(statement));
        continue;
      }
      MethodCallExpr call = (MethodCallExpr) ((ExpressionStmt) statement).getExpression();
      if (call.getScope().isPresent() || !call.getNameAsString().equals("insertLogical") || call.getArguments().size() != 1) {
        report(blockAt, call, "a consequence may only call insertLogical(...), not " + ExpressionCheck.describe(call));
        continue;
      }
      inserted(call.getArgument(0), metadata, variables, blockAt);
    }
  }

  private void inserted(Expression argument, Map<String, String> metadata, Map<String, Type> variables, RuleProblems at) {
    ExpressionCheck values = new ExpressionCheck(imports, variables, Optional.empty(), (node, message) -> report(at, node, message));
    if (argument.getClass() == MethodCallExpr.class && isEvidenceOf((MethodCallExpr) argument)) {
      MethodCallExpr of = (MethodCallExpr) argument;
      if (!metadata.containsKey("code") || metadata.containsKey("derives")) {
        report(at, of, "only a finding rule (with @code and no @derives) inserts Evidence");
      }
      List<Expression> arguments = of.getArguments();
      if (arguments.size() % 2 != 1) {
        report(at, of, "Evidence.of(kcontext, \"name\", value, ...) takes names and values in pairs");
      }
      for (int i = 1; i < arguments.size(); i += 2) {
        Expression name = arguments.get(i);
        if (name.getClass() != StringLiteralExpr.class || !FACT_NAME.matcher(((StringLiteralExpr) name).getValue()).matches()) {
          report(at, name, "a fact name is a string literal of letters and digits, starting with a lower case letter");
        }
        if (i + 1 < arguments.size()) {
          values.check(arguments.get(i + 1));
        }
      }
      return;
    }
    if (argument.getClass() == ObjectCreationExpr.class) {
      ObjectCreationExpr creation = (ObjectCreationExpr) argument;
      String typeName = creation.getType().asString();
      if (creation.getScope().isPresent() || creation.getAnonymousClassBody().isPresent()
          || creation.getTypeArguments().isPresent() || creation.getType().getTypeArguments().isPresent()
          || !typeName.equals(metadata.get("derives")) || imports.get(typeName) == null) {
        report(at, creation, metadata.containsKey("derives")
            ? "a derivation inserts only new " + metadata.get("derives") + "(...), the imported type its @derives names"
            : "a finding rule inserts only Evidence.of(kcontext, \"name\", value, ...)");
        return;
      }
      List<Type> arguments = values.arguments(creation.getArguments());
      Class<?> derived = imports.get(typeName);
      if (arguments != null
          && Arrays.stream(derived.getConstructors()).noneMatch(c -> ExpressionCheck.applicable(c.getParameterTypes(), arguments))) {
        report(at, creation, "new " + typeName + " takes " + String.join(" or ", Arrays.stream(derived.getConstructors())
            .map(c -> ExpressionCheck.parameters(c.getParameterTypes())).toList()) + ", not " + ExpressionCheck.argumentsText(arguments));
      }
      return;
    }
    report(at, argument, "insertLogical takes Evidence.of(kcontext, ...) or new <the @derives type>(...), not "
        + ExpressionCheck.describe(argument));
  }

  private boolean isEvidenceOf(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    return scope.isPresent()
        && (scope.get().getClass() == NameExpr.class || scope.get().getClass() == DrlNameExpr.class)
        && ((NameExpr) scope.get()).getNameAsString().equals("Evidence")
        && imports.get("Evidence") == Evidence.class
        && call.getNameAsString().equals("of")
        && call.getTypeArguments().isEmpty()
        && !call.getArguments().isEmpty()
        && (call.getArgument(0).getClass() == NameExpr.class || call.getArgument(0).getClass() == DrlNameExpr.class)
        && ((NameExpr) call.getArgument(0)).getNameAsString().equals("kcontext");
  }

  /** Line and column where the consequence's text starts, searching from the "then" line. */
  private int[] consequenceStart(String code, int thenLine) {
    String first = code.strip().lines().findFirst().orElse("");
    if (thenLine >= 1 && thenLine <= lines.size()) {
      String line = lines.get(thenLine - 1);
      int then = line.indexOf("then");
      int at = then < 0 || first.isEmpty() ? -1 : line.indexOf(first, then + 4);
      if (at >= 0) {
        return new int[] {thenLine, at + 1};
      }
    }
    return locate(first, thenLine + 1);
  }

  private int lineNaming(String token, int from) {
    for (int i = Math.max(0, from - 1); i < lines.size(); i++) {
      if (lines.get(i).contains(token)) {
        return i + 1;
      }
    }
    return from;
  }

  private Optional<Class<?>> type(String name) {
    Class<?> imported = imports.get(name);
    return imported != null ? Optional.of(imported) : RuleLanguage.importable(name);
  }

  /**
   * Places a problem inside an expression at its line and column in the file: the parser keeps
   * the expression's line but not always its column, so the expression's text is found on it.
   */
  private java.util.function.BiConsumer<Node, String> nodeProblems(String expression, BaseDescr descr, RuleProblems at) {
    int[] start = locate(expression.strip().lines().findFirst().orElse(""), descr.getLine());
    return (node, message) -> {
      // Drools' expression parser keeps no positions: the node's own text on the line, if there.
      int found = -1;
      try {
        found = start[0] <= lines.size() ? lines.get(start[0] - 1).indexOf(node.toString(), start[1] - 1) : -1;
      } catch (RuntimeException e) {
        // Some of Drools' nodes do not print on their own; the expression's start will do.
      }
      at.add(start[0], found >= 0 ? found + 1 : start[1], message);
    };
  }

  /** Line and column of the first occurrence of text at or after a line; that line, column 1, if none. */
  private int[] locate(String text, int fromLine) {
    for (int i = Math.max(0, fromLine - 1); i < lines.size() && !text.isEmpty(); i++) {
      int at = lines.get(i).indexOf(text);
      if (at >= 0) {
        return new int[] {i + 1, at + 1};
      }
    }
    return new int[] {fromLine, 1};
  }

  private static void report(RuleProblems at, Node node, String message) {
    Position begin = node.getBegin().orElse(new Position(1, 1));
    at.add(begin.line, begin.column, message);
  }

  private static int column(BaseDescr descr) {
    return Math.max(1, descr.getColumn() + 1);
  }

  private void add(BaseDescr descr, String message) {
    add(descr.getLine(), column(descr), message);
  }

  private void add(int line, int column, String message) {
    StringBuilder where = new StringBuilder(path);
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    problems.add(where + ": " + message);
  }

  @FunctionalInterface
  private interface RuleProblems {
    void add(int line, int column, String message);
  }
}
