package dev.csprules.drools.internal.check;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Order;
import dev.csprules.api.Severity;
import dev.csprules.drools.rulefacts.AdminEmailDomain;
import dev.csprules.drools.rulefacts.AsOf;
import dev.csprules.drools.rulefacts.CountedRevenue;
import dev.csprules.drools.rulefacts.Evidence;
import dev.csprules.drools.rulefacts.ExcludedRevenue;
import dev.csprules.drools.rulefacts.MissingAddressPart;
import dev.csprules.drools.rulefacts.ReferenceData;
import dev.csprules.drools.rulefacts.RevenueWindow;
import dev.csprules.drools.rulefacts.TrailingRevenue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.ChronoLocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The vocabulary a rule may use, member by member: the request facts, the types rules derive and
 * read ({@code rulefacts}), and a short list of JDK members that cannot loop, allocate without
 * bound, read the system or reach code of their own. A member is allowed by its declaration (its
 * class, name and parameter types), never because its owner is: {@code Partner.getClass()} is
 * Object's and not allowed, however allowed Partner is.
 *
 * <p>The fact types are found by walking the accessors of the request and rule fact types, so a
 * field added to a record is usable without touching this list.
 */
final class RuleLanguage {
  /** Where a policy folder's rules must live; built-in rules live there too. */
  static final String PACKAGE_ROOT = "dev.csprules.policy.rules";

  /** Facts a derivation may insert, each named by its rule's {@code @derives}. */
  static final Map<String, Class<?>> DERIVED_TYPES =
      bySimpleName(
          AdminEmailDomain.class, MissingAddressPart.class, RevenueWindow.class,
          CountedRevenue.class, ExcludedRevenue.class, TrailingRevenue.class);

  /** Functions an accumulate may use: all built into Drools, each one pass over its input. */
  static final Set<String> ACCUMULATE_FUNCTIONS =
      Set.of("count", "sum", "min", "max", "average", "collectList", "collectSet");

  private static final List<Class<?>> ROOTS =
      List.of(
          EnrollmentApplication.class, Order.class, DecisionKind.class, Severity.class,
          FindingCode.class, AsOf.class, ReferenceData.class, Evidence.class,
          AdminEmailDomain.class, MissingAddressPart.class, RevenueWindow.class,
          CountedRevenue.class, ExcludedRevenue.class, TrailingRevenue.class);

  /** JDK types a rule may import and name; their members are listed one by one below. */
  private static final List<Class<?>> JDK_TYPES =
      List.of(String.class, List.class, Set.class, Map.class, Collection.class, Locale.class,
          BigDecimal.class, LocalDate.class, YearMonth.class);

  private static final Set<Method> JDK_METHODS = jdkMethods();
  private static final Set<Field> STATIC_FIELDS = staticFields();

  /** Every type a rule may import or name, by fully qualified name (nested types with dots). */
  static final Map<String, Class<?>> TYPES = types();

  private static final Set<Method> FACT_METHODS = factMethods();

  private RuleLanguage() {}

  /** The type an import names, when rules may use it. */
  static Optional<Class<?>> importable(String qualifiedName) {
    return Optional.ofNullable(TYPES.get(qualifiedName));
  }

  /** Whether rules may call this method. */
  static boolean allowed(Method method) {
    return FACT_METHODS.contains(method) || JDK_METHODS.contains(method);
  }

  static boolean allowed(Field field) {
    return STATIC_FIELDS.contains(field)
        || (field.isEnumConstant() && TYPES.containsValue(field.getDeclaringClass()));
  }

  /** The methods of a type rules may call by this name and argument count. */
  static List<Method> methods(Class<?> type, String name, int arguments) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == arguments && allowed(m))
        .sorted(Comparator.comparing(Method::toString))
        .toList();
  }

  /** The accessor a property name reads: {@code name()}, {@code getName()} or {@code isName()}. */
  static Optional<Method> property(Class<?> type, String name) {
    String capitalized = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String candidate : List.of(name, "get" + capitalized, "is" + capitalized)) {
      List<Method> found = methods(type, candidate, 0);
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  /** The property names of a type, for suggestions. */
  static List<String> properties(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && allowed(m) && m.getReturnType() != void.class)
        .map(Method::getName)
        .distinct()
        .sorted()
        .toList();
  }

  static Optional<Field> staticField(Class<?> type, String name) {
    try {
      Field field = type.getField(name);
      return Modifier.isStatic(field.getModifiers()) && allowed(field) ? Optional.of(field) : Optional.empty();
    } catch (NoSuchFieldException e) {
      return Optional.empty();
    }
  }

  /** The raw class of a (possibly generic) type. */
  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType) {
      return Object[].class;
    }
    return Object.class;
  }

  /**
   * What a method returns when called on a receiver of this type: a type variable of the
   * method's class (a map's value type, say) resolved from the receiver's type arguments.
   */
  static Type returnType(Method method, Type receiver) {
    Type result = method.getGenericReturnType();
    if (result instanceof TypeVariable<?> variable
        && receiver instanceof ParameterizedType parameterized
        && parameterized.getRawType() == method.getDeclaringClass()) {
      TypeVariable<?>[] parameters = method.getDeclaringClass().getTypeParameters();
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i].getName().equals(variable.getName())) {
          return parameterized.getActualTypeArguments()[i];
        }
      }
    }
    return result instanceof TypeVariable<?> ? Object.class : result;
  }

  private static Map<String, Class<?>> types() {
    Map<String, Class<?>> types = new LinkedHashMap<>();
    JDK_TYPES.forEach(type -> types.put(type.getName(), type));
    factTypes().forEach(type -> types.put(type.getCanonicalName(), type));
    return Map.copyOf(types);
  }

  /** The roots and every type of this project their accessors reach, type arguments included. */
  private static Set<Class<?>> factTypes() {
    Set<Class<?>> found = new LinkedHashSet<>();
    Deque<Type> pending = new ArrayDeque<>(ROOTS);
    while (!pending.isEmpty()) {
      Type next = pending.pop();
      if (next instanceof ParameterizedType parameterized) {
        pending.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
        next = parameterized.getRawType();
      }
      if (!(next instanceof Class<?> type) || !type.getName().startsWith("dev.csprules.") || !found.add(type)) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (isFactMethod(method)) {
          pending.add(method.getGenericReturnType());
        }
      }
    }
    return found;
  }

  private static Set<Method> factMethods() {
    return TYPES.values().stream()
        .filter(type -> type.getName().startsWith("dev.csprules."))
        .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
        .filter(RuleLanguage::isFactMethod)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Public instance methods a project type declares itself, minus Object's and builders. */
  private static boolean isFactMethod(Method method) {
    int modifiers = method.getModifiers();
    return Modifier.isPublic(modifiers)
        && !Modifier.isStatic(modifiers)
        && !method.isSynthetic()
        && !method.isBridge()
        && method.getReturnType() != void.class
        && Modifier.isPublic(method.getDeclaringClass().getModifiers())
        && !Set.of("hashCode", "toString", "toBuilder", "builder").contains(method.getName());
  }

  private static Set<Method> jdkMethods() {
    try {
      Class<?>[] none = {};
      return Set.of(
          String.class.getMethod("isBlank", none),
          String.class.getMethod("isEmpty", none),
          String.class.getMethod("length", none),
          String.class.getMethod("strip", none),
          String.class.getMethod("trim", none),
          String.class.getMethod("substring", int.class),
          String.class.getMethod("substring", int.class, int.class),
          String.class.getMethod("indexOf", int.class),
          String.class.getMethod("indexOf", String.class),
          String.class.getMethod("lastIndexOf", int.class),
          String.class.getMethod("lastIndexOf", String.class),
          String.class.getMethod("startsWith", String.class),
          String.class.getMethod("endsWith", String.class),
          String.class.getMethod("contains", CharSequence.class),
          String.class.getMethod("equals", Object.class),
          String.class.getMethod("equalsIgnoreCase", String.class),
          String.class.getMethod("compareTo", String.class),
          String.class.getMethod("toLowerCase", Locale.class),
          String.class.getMethod("toUpperCase", Locale.class),
          Collection.class.getMethod("size", none),
          Collection.class.getMethod("isEmpty", none),
          Collection.class.getMethod("contains", Object.class),
          List.class.getMethod("size", none),
          List.class.getMethod("isEmpty", none),
          List.class.getMethod("contains", Object.class),
          List.class.getMethod("get", int.class),
          Set.class.getMethod("size", none),
          Set.class.getMethod("isEmpty", none),
          Set.class.getMethod("contains", Object.class),
          Map.class.getMethod("size", none),
          Map.class.getMethod("isEmpty", none),
          Map.class.getMethod("containsKey", Object.class),
          Map.class.getMethod("get", Object.class),
          Map.class.getMethod("getOrDefault", Object.class, Object.class),
          Map.class.getMethod("keySet", none),
          Map.class.getMethod("values", none),
          Enum.class.getMethod("name", none),
          BigDecimal.class.getMethod("compareTo", BigDecimal.class),
          BigDecimal.class.getMethod("add", BigDecimal.class),
          BigDecimal.class.getMethod("subtract", BigDecimal.class),
          BigDecimal.class.getMethod("negate", none),
          BigDecimal.class.getMethod("abs", none),
          BigDecimal.class.getMethod("signum", none),
          BigDecimal.class.getMethod("max", BigDecimal.class),
          BigDecimal.class.getMethod("min", BigDecimal.class),
          LocalDate.class.getMethod("isBefore", ChronoLocalDate.class),
          LocalDate.class.getMethod("isAfter", ChronoLocalDate.class),
          LocalDate.class.getMethod("isEqual", ChronoLocalDate.class),
          LocalDate.class.getMethod("getYear", none),
          LocalDate.class.getMethod("getMonthValue", none),
          LocalDate.class.getMethod("getDayOfMonth", none),
          LocalDate.class.getMethod("plusDays", long.class),
          LocalDate.class.getMethod("minusDays", long.class),
          LocalDate.class.getMethod("plusMonths", long.class),
          LocalDate.class.getMethod("minusMonths", long.class),
          LocalDate.class.getMethod("plusYears", long.class),
          LocalDate.class.getMethod("minusYears", long.class),
          YearMonth.class.getMethod("from", TemporalAccessor.class),
          YearMonth.class.getMethod("plusMonths", long.class),
          YearMonth.class.getMethod("minusMonths", long.class),
          YearMonth.class.getMethod("plusYears", long.class),
          YearMonth.class.getMethod("minusYears", long.class),
          YearMonth.class.getMethod("isBefore", YearMonth.class),
          YearMonth.class.getMethod("isAfter", YearMonth.class),
          YearMonth.class.getMethod("getYear", none),
          YearMonth.class.getMethod("getMonthValue", none),
          YearMonth.class.getMethod("atDay", int.class),
          YearMonth.class.getMethod("atEndOfMonth", none));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a JDK member of the rule language is missing", e);
    }
  }

  private static Set<Field> staticFields() {
    try {
      return Set.of(
          Locale.class.getField("ROOT"), BigDecimal.class.getField("ZERO"), BigDecimal.class.getField("ONE"));
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("a JDK field of the rule language is missing", e);
    }
  }

  private static Map<String, Class<?>> bySimpleName(Class<?>... types) {
    return Stream.of(types).collect(Collectors.toUnmodifiableMap(Class::getSimpleName, type -> type));
  }
}
