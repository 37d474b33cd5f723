package dev.csprules.drools.internal.check;

import dev.csprules.drools.rulefacts.Evidence;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The second line of defence behind {@link DrlVerifier}: the classes Drools generated from a
 * policy's rules, checked as bytes before any of them is loaded. Every class, field and method
 * they refer to must be one the executable model needs or one the rule language allows; anything
 * else refuses the whole policy. A rule that slipped past the verifier still cannot call what it
 * was not given.
 */
final class GeneratedCodeCheck {
  /** Drools' model API: the generated code is written in it. */
  private static final List<String> MODEL_PACKAGES = List.of("org/drools/model/");

  /** Whole classes the generated code may use: the DSL it is written in and its comparisons. */
  private static final Set<String> MODEL_CLASSES =
      Set.of("org/drools/modelcompiler/dsl/pattern/D", "org/drools/modelcompiler/util/EvaluationUtil");

  /** Single members besides the rule language's, each one the executable model generates. */
  private static final Set<String> RUNTIME_MEMBERS =
      Set.of(
          "org/drools/modelcompiler/consequence/DroolsImpl.asKnowledgeHelper",
          "org/drools/core/rule/consequence/KnowledgeHelper.insertLogical",
          "org/drools/util/DateUtils.getDateFormatMask",
          "java/lang/invoke/LambdaMetafactory.metafactory",
          // Drools 10.2 compiles generated code for Java 17, where "a" + b is this bootstrap: it
          // concatenates its arguments as StringBuilder.append below does, and can do nothing else.
          "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
          "java/lang/Object.<init>",
          "java/lang/Enum.<init>",
          "java/lang/Enum.valueOf",
          "java/lang/Enum.ordinal",
          "java/lang/RuntimeException.<init>",
          "java/lang/System.arraycopy",
          "java/lang/String.equals",
          "java/lang/String.hashCode",
          "java/lang/String.valueOf",
          "java/lang/StringBuilder.<init>",
          "java/lang/StringBuilder.append",
          "java/lang/StringBuilder.toString",
          "java/lang/Integer.TYPE",
          "java/lang/Integer.valueOf",
          "java/lang/Integer.intValue",
          "java/lang/Long.valueOf",
          "java/lang/Long.longValue",
          "java/lang/Boolean.valueOf",
          "java/lang/Boolean.booleanValue",
          "java/lang/Double.valueOf",
          "java/lang/Double.doubleValue",
          "java/time/format/DateTimeFormatterBuilder.<init>",
          "java/time/format/DateTimeFormatterBuilder.appendPattern",
          "java/time/format/DateTimeFormatterBuilder.parseCaseInsensitive",
          "java/time/format/DateTimeFormatterBuilder.toFormatter",
          "java/util/Arrays.asList",
          "java/util/Collections.emptyList",
          "java/util/Locale.ENGLISH");

  /** Classes the generated code may name besides those above and the rule language's. */
  private static final Set<String> RUNTIME_CLASSES =
      Set.of(
          "java/lang/Object", "java/lang/Enum", "java/lang/Exception", "java/lang/RuntimeException",
          "java/lang/String", "java/lang/StringBuilder", "java/lang/Integer", "java/lang/Long",
          "java/lang/Boolean", "java/lang/Double", "java/lang/Number", "java/lang/Comparable", "java/lang/System",
          "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory", "java/lang/invoke/MethodHandles", "java/lang/invoke/MethodHandles$Lookup",
          "java/time/format/DateTimeFormatterBuilder", "java/util/Arrays", "java/util/Collections",
          "org/drools/core/rule/consequence/KnowledgeHelper", "org/drools/modelcompiler/consequence/DroolsImpl",
          "org/drools/util/DateUtils", "org/kie/api/runtime/rule/RuleContext");

  private static final String ACCUMULATORS = "org/drools/core/base/accumulators/";

  private final Set<String> generated;
  private final ClassLoader library = Evidence.class.getClassLoader();

  private GeneratedCodeCheck(Set<String> generated) {
    this.generated = generated;
  }

  /**
   * @param classes each generated class's bytes by internal name ({@code a/b/C})
   * @return one problem per class and reference refused; empty when all may load
   */
  static List<String> problems(Map<String, byte[]> classes) {
    GeneratedCodeCheck check = new GeneratedCodeCheck(classes.keySet());
    List<String> problems = new ArrayList<>();
    classes.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> problems.addAll(check.problems(entry.getKey(), entry.getValue())));
    return problems;
  }

  private List<String> problems(String name, byte[] bytes) {
    Optional<ConstantPool> read = ConstantPool.read(bytes);
    String where = "generated class " + name.replace('/', '.') + ": ";
    if (read.isEmpty()) {
      return List.of(where + "not a class file this check can read");
    }
    ConstantPool pool = read.get();
    List<String> problems = new ArrayList<>();
    if (!pool.className().equals(name) || !name.startsWith(RuleLanguage.PACKAGE_ROOT.replace('.', '/') + "/")) {
      problems.add(where + "declares " + pool.className() + ", outside the policy's rule packages");
    }
    if (!Set.of("java/lang/Object", "java/lang/Enum").contains(pool.superName())) {
      problems.add(where + "extends " + pool.superName());
    }
    pool.interfaces().stream()
        .filter(type -> !inModelPackage(type))
        .forEach(type -> problems.add(where + "implements " + type));
    pool.classes().stream()
        .filter(type -> !classAllowed(type))
        .forEach(type -> problems.add(where + "refers to class " + type));
    pool.members().stream()
        .filter(member -> !memberAllowed(member))
        .forEach(member -> problems.add(where + "uses " + member));
    return problems;
  }

  private boolean classAllowed(String type) {
    String element = type.replaceFirst("^\\[+", "");
    if (element.length() == 1) {
      return true;
    }
    if (element.startsWith("L") && element.endsWith(";")) {
      element = element.substring(1, element.length() - 1);
    }
    return generated.contains(element)
        || inModelPackage(element)
        || MODEL_CLASSES.contains(element)
        || RUNTIME_CLASSES.contains(element)
        || element.startsWith(ACCUMULATORS) && element.indexOf('/', ACCUMULATORS.length()) < 0
        || RuleLanguage.TYPES.containsKey(element.replace('/', '.').replace('$', '.'));
  }

  private boolean memberAllowed(ConstantPool.Member member) {
    String owner = member.owner();
    if (generated.contains(owner) || inModelPackage(owner) || MODEL_CLASSES.contains(owner)
        || RUNTIME_MEMBERS.contains(owner + "." + member.name())) {
      return true;
    }
    if (owner.startsWith("[")) {
      return member.name().equals("clone") && classAllowed(owner);
    }
    if (owner.startsWith(ACCUMULATORS) && member.name().equals("<init>") && classAllowed(owner)) {
      return true;
    }
    Optional<Class<?>> type = libraryClass(owner);
    if (type.isEmpty()) {
      return false;
    }
    if (member.name().equals("<init>")) {
      return RuleLanguage.DERIVED_TYPES.containsValue(type.get());
    }
    if (!member.method()) {
      return Arrays.stream(type.get().getFields())
          .filter(field -> field.getName().equals(member.name()) && Modifier.isStatic(field.getModifiers()))
          .anyMatch(RuleLanguage::allowed);
    }
    if (type.get() == Evidence.class && member.name().equals("of")) {
      return true;
    }
    return Arrays.stream(type.get().getMethods())
        .filter(method -> method.getName().equals(member.name()) && descriptor(method).equals(member.descriptor()))
        .anyMatch(RuleLanguage::allowed);
  }

  private Optional<Class<?>> libraryClass(String internalName) {
    if (!RuleLanguage.TYPES.containsKey(internalName.replace('/', '.').replace('$', '.'))) {
      return Optional.empty();
    }
    try {
      // Loading without initialising a class of this library or the JDK runs nothing.
      return Optional.of(Class.forName(internalName.replace('/', '.'), false, library));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static String descriptor(Method method) {
    return MethodType.methodType(method.getReturnType(), method.getParameterTypes()).toMethodDescriptorString();
  }

  private static boolean inModelPackage(String type) {
    return MODEL_PACKAGES.stream().anyMatch(type::startsWith);
  }
}
