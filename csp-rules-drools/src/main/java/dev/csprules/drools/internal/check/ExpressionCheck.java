package dev.csprules.drools.internal.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.csprules.drools.internal.text.Suggestion;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Checks one expression of a rule, a condition's constraint or a value a consequence passes on,
 * node by node. Each node class the rule language has is handled by name; any other node (a
 * lambda, an object creation, a cast, an array, a regular expression operator...) is refused, so a
 * node Drools adds in a later version is refused too. Names are typed as the check goes, so a
 * method call is allowed by the exact member it calls ({@link RuleLanguage}).
 */
final class ExpressionCheck {
  /** What an expression denotes: a value of a type, or a type named for its static members. */
  record Value(Type type, boolean typeName) {
    static Value of(Type type) {
      return new Value(type, false);
    }
  }

  /** Literal text: printable ASCII, no quote or backslash, and short. */
  static final Pattern LITERAL_TEXT = Pattern.compile("[ !#-\\[\\]-~]{0,200}");

  private static final Set<BinaryExpr.Operator> COMPARISONS =
      Set.of(BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS, BinaryExpr.Operator.LESS,
          BinaryExpr.Operator.GREATER, BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER_EQUALS,
          BinaryExpr.Operator.AND, BinaryExpr.Operator.OR);
  private static final Set<BinaryExpr.Operator> ARITHMETIC =
      Set.of(BinaryExpr.Operator.PLUS, BinaryExpr.Operator.MINUS, BinaryExpr.Operator.MULTIPLY,
          BinaryExpr.Operator.DIVIDE, BinaryExpr.Operator.REMAINDER);
  /** Drools' own operators that test membership; {@code matches}, {@code soundslike} and {@code str} are not here. */
  private static final Set<String> MEMBERSHIP = Set.of("contains", "memberOf", "in");

  private final Map<String, Class<?>> imports;
  private final Map<String, Type> variables;
  private final Optional<Class<?>> pattern;
  private final BiConsumer<Node, String> problems;

  /**
   * @param pattern the type a constraint's bare names and calls read from; empty in a consequence
   * @param problems receives each problem with the node it is about
   */
  ExpressionCheck(
      Map<String, Class<?>> imports,
      Map<String, Type> variables,
      Optional<Class<?>> pattern,
      BiConsumer<Node, String> problems) {
    this.imports = imports;
    this.variables = variables;
    this.pattern = pattern;
    this.problems = problems;
  }

  /** The value the expression denotes, or empty after reporting why it is not allowed. */
  Optional<Value> check(Expression expression) {
    Class<?> kind = expression.getClass();
    if (kind == DrlNameExpr.class || kind == NameExpr.class) {
      return name((NameExpr) expression);
    }
    if (kind == FieldAccessExpr.class) {
      return field((FieldAccessExpr) expression);
    }
    if (kind == MethodCallExpr.class) {
      return call((MethodCallExpr) expression);
    }
    if (kind == BinaryExpr.class) {
      return binary((BinaryExpr) expression);
    }
    if (kind == UnaryExpr.class) {
      UnaryExpr unary = (UnaryExpr) expression;
      if (!Set.of(UnaryExpr.Operator.LOGICAL_COMPLEMENT, UnaryExpr.Operator.MINUS, UnaryExpr.Operator.PLUS)
          .contains(unary.getOperator())) {
        return refuse(expression, "the operator " + unary.getOperator().asString() + " is not part of the rule language");
      }
      return check(unary.getExpression());
    }
    if (kind == EnclosedExpr.class) {
      return check(((EnclosedExpr) expression).getInner());
    }
    if (kind == ConditionalExpr.class) {
      ConditionalExpr conditional = (ConditionalExpr) expression;
      check(conditional.getCondition());
      Optional<Value> then = check(conditional.getThenExpr());
      check(conditional.getElseExpr());
      return then;
    }
    if (kind == PointFreeExpr.class) {
      return membership((PointFreeExpr) expression);
    }
    return literal(expression);
  }

  private Optional<Value> literal(Expression expression) {
    Class<?> kind = expression.getClass();
    if (kind == StringLiteralExpr.class) {
      String text = ((StringLiteralExpr) expression).getValue();
      if (!LITERAL_TEXT.matcher(text).matches()) {
        return refuse(expression, "a string may hold up to 200 printable ASCII characters, no quote or backslash");
      }
      return Optional.of(Value.of(String.class));
    }
    if (kind == CharLiteralExpr.class) {
      String text = ((CharLiteralExpr) expression).getValue();
      if (text.length() != 1 || !LITERAL_TEXT.matcher(text).matches() || text.equals("'")) {
        return refuse(expression, "a character literal must be one printable ASCII character");
      }
      return Optional.of(Value.of(char.class));
    }
    if (kind == IntegerLiteralExpr.class) {
      return Optional.of(Value.of(int.class));
    }
    if (kind == LongLiteralExpr.class) {
      return Optional.of(Value.of(long.class));
    }
    if (kind == DoubleLiteralExpr.class) {
      return Optional.of(Value.of(double.class));
    }
    if (kind == BooleanLiteralExpr.class) {
      return Optional.of(Value.of(boolean.class));
    }
    if (kind == NullLiteralExpr.class) {
      return Optional.of(Value.of(Void.class));
    }
    if (kind == BigDecimalLiteralExpr.class) {
      return Optional.of(Value.of(BigDecimal.class));
    }
    if (kind == BigIntegerLiteralExpr.class) {
      return Optional.of(Value.of(BigInteger.class));
    }
    return refuse(expression, describe(expression) + " is not part of the rule language");
  }

  private Optional<Value> name(NameExpr expression) {
    String name = expression.getNameAsString();
    Type variable = variables.get(name);
    if (variable != null) {
      return Optional.of(Value.of(variable));
    }
    if (pattern.isPresent()) {
      Optional<Method> accessor = RuleLanguage.property(pattern.get(), name);
      if (accessor.isPresent()) {
        return Optional.of(Value.of(RuleLanguage.returnType(accessor.get(), pattern.get())));
      }
    }
    Class<?> type = imports.get(name);
    if (type != null) {
      return Optional.of(new Value(type, true));
    }
    List<String> known = new ArrayList<>(variables.keySet());
    pattern.ifPresent(type1 -> known.addAll(RuleLanguage.properties(type1)));
    String where = pattern.map(type1 -> type1.getSimpleName() + " has no property '" + name + "' and ").orElse("");
    return refuse(expression, where + "'" + name + "' is no variable bound before it" + suggestion(name, known));
  }

  private Optional<Value> field(FieldAccessExpr expression) {
    Optional<Value> scope = check(expression.getScope());
    if (scope.isEmpty()) {
      return scope;
    }
    String name = expression.getNameAsString();
    Class<?> owner = RuleLanguage.raw(scope.get().type());
    if (scope.get().typeName()) {
      Optional<Field> field = RuleLanguage.staticField(owner, name);
      if (field.isEmpty()) {
        return refuse(expression, owner.getSimpleName() + "." + name + " is not part of the rule language");
      }
      return Optional.of(Value.of(field.get().getGenericType()));
    }
    Optional<Method> accessor = RuleLanguage.property(owner, name);
    if (accessor.isEmpty()) {
      return refuse(expression, owner.getSimpleName() + " has no property '" + name + "'"
          + suggestion(name, RuleLanguage.properties(owner)));
    }
    return Optional.of(Value.of(RuleLanguage.returnType(accessor.get(), scope.get().type())));
  }

  private Optional<Value> call(MethodCallExpr expression) {
    if (expression.getTypeArguments().isPresent()) {
      return refuse(expression, "type arguments are not part of the rule language");
    }
    Optional<Value> scope;
    if (expression.getScope().isPresent()) {
      scope = check(expression.getScope().get());
    } else if (pattern.isPresent()) {
      scope = Optional.of(Value.of(pattern.get()));
    } else {
      return refuse(expression, "'" + expression.getNameAsString() + "' needs a fact to call it on");
    }
    List<Type> argumentTypes = arguments(expression.getArguments());
    if (scope.isEmpty() || argumentTypes == null) {
      return Optional.empty();
    }
    Class<?> owner = RuleLanguage.raw(scope.get().type());
    boolean statics = scope.get().typeName();
    String name = expression.getNameAsString();
    List<Method> methods =
        RuleLanguage.methods(owner, name, expression.getArguments().size()).stream()
            .filter(method -> Modifier.isStatic(method.getModifiers()) == statics)
            .toList();
    List<Method> applicable =
        methods.stream().filter(method -> applicable(method.getParameterTypes(), argumentTypes)).toList();
    if (!methods.isEmpty() && applicable.isEmpty()) {
      return refuse(expression, owner.getSimpleName() + "." + name + " takes " + parameters(methods.get(0).getParameterTypes())
          + ", not " + argumentsText(argumentTypes));
    }
    if (methods.isEmpty()) {
      List<String> known =
          java.util.Arrays.stream(owner.getMethods()).filter(RuleLanguage::allowed).map(Method::getName).toList();
      return refuse(expression, owner.getSimpleName() + "." + name + " with "
          + expression.getArguments().size() + " argument(s) is not part of the rule language"
          + suggestion(name, known));
    }
    return Optional.of(Value.of(RuleLanguage.returnType(applicable.get(0), scope.get().type())));
  }

  /** The types of the arguments, or null after reporting an argument that is not allowed. */
  List<Type> arguments(List<Expression> arguments) {
    List<Type> types = new ArrayList<>();
    boolean allowed = true;
    for (Expression argument : arguments) {
      Optional<Value> value = check(argument);
      allowed &= value.isPresent();
      value.ifPresent(v -> types.add(v.type()));
    }
    return allowed ? types : null;
  }

  /**
   * Whether Java would accept these arguments for these parameters, with boxing and numeric
   * widening. An argument typed only as Object is left to the compiler.
   */
  static boolean applicable(Class<?>[] parameters, List<Type> arguments) {
    if (parameters.length != arguments.size()) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      Class<?> argument = RuleLanguage.raw(arguments.get(i));
      Class<?> parameter = boxed(parameters[i]);
      if (argument == Void.class ? parameters[i].isPrimitive()
          : argument != Object.class && !parameter.isAssignableFrom(boxed(argument)) && !widens(boxed(argument), parameter)) {
        return false;
      }
    }
    return true;
  }

  private static boolean widens(Class<?> from, Class<?> to) {
    List<Class<?>> order = List.of(Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class);
    return order.contains(from) && order.contains(to) && order.indexOf(from) < order.indexOf(to);
  }

  private static Class<?> boxed(Class<?> type) {
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }

  static String parameters(Class<?>[] types) {
    return "(" + String.join(", ", java.util.Arrays.stream(types).map(Class::getSimpleName).toList()) + ")";
  }

  static String argumentsText(List<Type> types) {
    return "(" + String.join(", ", types.stream()
        .map(type -> RuleLanguage.raw(type) == Void.class ? "null" : RuleLanguage.raw(type).getSimpleName()).toList()) + ")";
  }

  private Optional<Value> binary(BinaryExpr expression) {
    Optional<Value> left = check(expression.getLeft());
    Optional<Value> right = check(expression.getRight());
    BinaryExpr.Operator operator = expression.getOperator();
    if (COMPARISONS.contains(operator)) {
      return left.isPresent() && right.isPresent() ? Optional.of(Value.of(boolean.class)) : Optional.empty();
    }
    if (!ARITHMETIC.contains(operator)) {
      return refuse(expression, "the operator " + operator.asString() + " is not part of the rule language");
    }
    if (left.isEmpty() || right.isEmpty()) {
      return Optional.empty();
    }
    boolean text = left.get().type() == String.class || right.get().type() == String.class;
    return Optional.of(Value.of(text ? String.class : left.get().type()));
  }

  private Optional<Value> membership(PointFreeExpr expression) {
    String operator = expression.getOperator().asString();
    if (!MEMBERSHIP.contains(operator)
        || expression.getArg1() != null || expression.getArg2() != null
        || expression.getArg3() != null || expression.getArg4() != null) {
      return refuse(expression, "the operator '" + operator + "' is not part of the rule language"
          + (operator.equals("matches") || operator.equals("soundslike") || operator.equals("str")
              ? " (no regular expressions: they can run without end)" : ""));
    }
    boolean allowed = check(expression.getLeft()).isPresent();
    for (Expression right : expression.getRight()) {
      allowed &= check(right).isPresent();
    }
    return allowed ? Optional.of(Value.of(boolean.class)) : Optional.empty();
  }

  private Optional<Value> refuse(Node node, String message) {
    problems.accept(node, message);
    return Optional.empty();
  }

  static String describe(Node node) {
    String kind = node.getClass().getSimpleName().replaceAll("(Expr|Stmt|Expression)$", "");
    String text;
    try {
      text = "'" + abbreviate(node.toString()) + "' ";
    } catch (RuntimeException e) {
      // Drools' own nodes print only with Drools' printer; the kind alone says enough.
      text = "";
    }
    return text + "(" + kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + ")";
  }

  private static String abbreviate(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() > 40 ? line.substring(0, 37) + "..." : line;
  }

  /** "; did you mean 'x'?" for the nearest other known name, or nothing. */
  static String suggestion(String name, Collection<String> known) {
    return Suggestion.closest(name, known.stream().filter(candidate -> !candidate.equals(name)).distinct().toList())
        .map(candidate -> "; did you mean '" + candidate + "'?")
        .orElse("");
  }
}
