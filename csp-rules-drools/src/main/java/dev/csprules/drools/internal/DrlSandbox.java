package dev.csprules.drools.internal;

import dev.csprules.api.DecisionKind;
import dev.csprules.api.EnrollmentApplication;
import dev.csprules.api.FindingCode;
import dev.csprules.api.Order;
import dev.csprules.api.Outcome;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Severity;
import dev.csprules.api.fact.Address;
import dev.csprules.api.fact.AgreementAcceptance;
import dev.csprules.api.fact.AgreementType;
import dev.csprules.api.fact.Capability;
import dev.csprules.api.fact.CspModel;
import dev.csprules.api.fact.Customer;
import dev.csprules.api.fact.IndirectProviderRelationship;
import dev.csprules.api.fact.OrderLine;
import dev.csprules.api.fact.Partner;
import dev.csprules.api.fact.PointInTime;
import dev.csprules.api.fact.ProductKind;
import dev.csprules.api.fact.RevenueKind;
import dev.csprules.api.fact.RevenueRecord;
import dev.csprules.api.fact.SalesChannel;
import dev.csprules.api.fact.ServiceOffering;
import dev.csprules.api.fact.SupportPlan;
import dev.csprules.api.fact.Tenant;
import dev.csprules.api.fact.Truth;
import dev.csprules.drools.rulefacts.AdminEmailDomain;
import dev.csprules.drools.rulefacts.AsOf;
import dev.csprules.drools.rulefacts.CountedRevenue;
import dev.csprules.drools.rulefacts.Evidence;
import dev.csprules.drools.rulefacts.ExcludedRevenue;
import dev.csprules.drools.rulefacts.MissingAddressPart;
import dev.csprules.drools.rulefacts.ReferenceData;
import dev.csprules.drools.rulefacts.RevenueWindow;
import dev.csprules.drools.rulefacts.TrailingRevenue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks DRL from a policy folder before it is compiled: it may use the fact and decision types,
 * the types rules use, and a short list of JDK types (java.time, java.math, java.util
 * collections), and nothing that reaches the system, threads, reflection, class loading, files,
 * the network or the session itself. The check reads the text as tokens (comments and string
 * literals blanked), so it rejects by allow-list, not by guessing every way in.
 */
final class DrlSandbox {

  private static final Map<String, String> ALLOWED_TYPES =
      Stream.<Class<?>>of(
              // requests, facts and decisions
              PolicyRequest.class, EnrollmentApplication.class, Order.class, FindingCode.class,
              Severity.class, DecisionKind.class, Outcome.class, Address.class,
              AgreementAcceptance.class, AgreementType.class, Capability.class, CspModel.class,
              Customer.class, IndirectProviderRelationship.class, OrderLine.class, Partner.class,
              ProductKind.class, RevenueKind.class, RevenueRecord.class, SalesChannel.class,
              ServiceOffering.class, SupportPlan.class, Tenant.class, Truth.class, PointInTime.class,
              // what rules use
              AdminEmailDomain.class, AsOf.class, CountedRevenue.class, Evidence.class,
              ExcludedRevenue.class, MissingAddressPart.class, ReferenceData.class,
              RevenueWindow.class, TrailingRevenue.class,
              // the JDK
              String.class, Integer.class, Long.class, Double.class, Boolean.class, Character.class,
              Number.class, Object.class, Math.class, StringBuilder.class, CharSequence.class,
              Comparable.class, Iterable.class, BigDecimal.class, BigInteger.class, RoundingMode.class,
              LocalDate.class, YearMonth.class, Year.class, Month.class, DayOfWeek.class, Period.class,
              ChronoUnit.class, List.class, Set.class, Map.class, Collection.class, Collections.class,
              ArrayList.class, HashSet.class, HashMap.class, LinkedHashMap.class, LinkedHashSet.class,
              TreeSet.class, TreeMap.class, EnumSet.class, Arrays.class, Locale.class, Objects.class,
              Optional.class)
          .collect(Collectors.toMap(Class::getSimpleName, Class::getName));

  /** Top-level package names: a dotted name starting with one is a type or package reference. */
  private static final Set<String> ROOT_PACKAGES =
      Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "dev", "jakarta", "kotlin", "scala", "groovy");

  /** DRL constructs that run code of their own or read a clock: rules use none of them. */
  private static final Map<String, String> FORBIDDEN_KEYWORDS =
      Map.ofEntries(
          Map.entry("function", "functions are not allowed; write the logic as rules"),
          Map.entry("declare", "declared types are not allowed; use the fact types"),
          Map.entry("global", "globals are not allowed; rules read facts"),
          Map.entry("unit", "rule units are not supported"),
          Map.entry("dialect", "the dialect is fixed (java)"),
          Map.entry("timer", "timers are not allowed: rules run within one decision"),
          Map.entry("calendars", "calendars are not allowed"),
          Map.entry("duration", "durations are not allowed"),
          Map.entry("date-effective", "date-effective reads the session clock; use @edition and @until"),
          Map.entry("date-expires", "date-expires reads the session clock; use @edition and @until"),
          Map.entry("while", "loops are not allowed in consequences"),
          Map.entry("for", "loops are not allowed in consequences"),
          Map.entry("do", "loops are not allowed in consequences"),
          Map.entry("synchronized", "synchronization is not allowed"),
          Map.entry("try", "exception handling is not allowed in consequences"),
          Map.entry("catch", "exception handling is not allowed in consequences"),
          Map.entry("throw", "throwing is not allowed in consequences"),
          Map.entry("class", "classes and class literals are not allowed"),
          Map.entry("interface", "type declarations are not allowed"),
          Map.entry("enum", "type declarations are not allowed"),
          Map.entry("record", "type declarations are not allowed"),
          Map.entry("assert", "assert is not allowed"),
          Map.entry("native", "native is not allowed"));

  /** Methods that reach the system, reflection, class loading, the session or the wall clock. */
  private static final Set<String> FORBIDDEN_MEMBERS =
      Set.of(
          "getClass", "forName", "getRuntime", "exec", "exit", "halt", "invoke", "newInstance",
          "setAccessible", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField",
          "getDeclaredFields", "getDeclaredConstructor", "getMethod", "getMethods", "getField",
          "getFields", "getConstructor", "loadClass", "getClassLoader", "getContextClassLoader",
          "getKieRuntime", "getKieBase", "getKnowledgeRuntime", "getWorkingMemory", "getSession",
          "getKieSession", "getEntryPoint", "getEntryPoints", "getChannels", "getAgenda",
          "getFactHandle", "dispose", "destroy", "now", "currentTimeMillis", "nanoTime", "getenv",
          "getProperty", "setProperty", "load", "loadLibrary", "wait", "notify", "notifyAll",
          "finalize", "start", "interrupt", "lookup",
          // JVM-wide state, system properties, the classpath and the file system through an enum's class
          "setDefault", "getInteger", "getLong", "getBoolean", "getDeclaringClass", "getResource",
          "getResourceAsStream", "getResources", "getProtectionDomain", "getModule",
          // a decision depends on its facts only
          "random");

  private static final Pattern IMPORT =
      Pattern.compile("\\bimport\\s+(static\\s+|function\\s+|accumulate\\s+)?(\\w+(?:\\.\\w+)*)(\\.\\*)?");
  private static final Pattern TOKEN =
      Pattern.compile(
          "date-effective|date-expires|no-loop|lock-on-active|agenda-group|activation-group"
              + "|ruleflow-group|auto-focus|entry-point|@?[A-Za-z_$][\\w$]*|::|[^\\s\\w$]");
  private static final Pattern HEADER_LINE = Pattern.compile("(?m)^[ \\t]*(import|package)\\b.*$");

  private DrlSandbox() {}

  /** Every problem in the file, each as {@code file:line: message}; empty when it may be compiled. */
  static List<String> problems(PolicySource source) {
    List<String> problems = new ArrayList<>();
    String raw = source.text();
    int escape = raw.indexOf("\\u");
    if (escape >= 0) {
      problems.add(where(source, raw, escape) + "unicode escapes (\\u) are not allowed: they can hide code");
    }
    String code = blankCommentsAndStrings(raw);
    checkImports(source, code, problems);
    // Imports are checked above, whole; the package name is the file's own.
    checkTokens(source, HEADER_LINE.matcher(code).replaceAll(line -> " ".repeat(line.group().length())), problems);
    return problems;
  }

  private static void checkImports(PolicySource source, String code, List<String> problems) {
    Matcher matcher = IMPORT.matcher(code);
    while (matcher.find()) {
      String kind = matcher.group(1) == null ? "" : matcher.group(1).strip();
      String name = matcher.group(2);
      boolean wildcard = matcher.group(3) != null;
      String where = where(source, code, matcher.start());
      if (kind.equals("function") || kind.equals("accumulate")) {
        problems.add(where + "import " + kind + " is not allowed: " + name);
      } else if (kind.equals("static")) {
        String owner = wildcard ? name : name.substring(0, Math.max(0, name.lastIndexOf('.')));
        if (!ALLOWED_TYPES.containsValue(owner)) {
          problems.add(where + "import static of " + owner + " is not allowed");
        }
      } else if (wildcard ? !allowedPackage(name) : !ALLOWED_TYPES.containsValue(name)) {
        problems.add(where + "import of " + name + (wildcard ? ".*" : "") + " is not allowed");
      }
    }
  }

  private static boolean allowedPackage(String name) {
    return ALLOWED_TYPES.values().stream().anyMatch(type -> type.substring(0, type.lastIndexOf('.')).equals(name));
  }

  private static void checkTokens(PolicySource source, String code, List<String> problems) {
    Matcher matcher = TOKEN.matcher(code);
    List<Integer> offsets = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    while (matcher.find()) {
      tokens.add(matcher.group());
      offsets.add(matcher.start());
    }
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String previous = i > 0 ? tokens.get(i - 1) : "";
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      String where = where(source, code, offsets.get(i));
      if (token.startsWith("@")) {
        continue;
      }
      if (token.equals("new") && hasClassBody(tokens, i)) {
        problems.add(where + "anonymous classes are not allowed: their methods can recurse without end");
      } else if (token.equals("#")) {
        problems.add(where + "inline casts (#) are not allowed");
      } else if (FORBIDDEN_KEYWORDS.containsKey(token) && !previous.equals(".")) {
        problems.add(where + "'" + token + "': " + FORBIDDEN_KEYWORDS.get(token));
      } else if (token.equals("class") && previous.equals(".")) {
        problems.add(where + "class literals are not allowed");
      } else if (FORBIDDEN_MEMBERS.contains(token) && (previous.equals(".") || previous.equals("::") || next.equals("("))) {
        problems.add(where + "'" + token + "' is not allowed: it reaches past the facts");
      } else if (token.equals("kcontext") && !previous.equals(".") && !passedToEvidence(tokens, i)) {
        // Held in a variable (var k = kcontext), it is the session under another name.
        problems.add(where + "'kcontext' is not allowed here: pass kcontext to Evidence.of only");
      } else if (token.equals("drools") && !previous.equals(".")) {
        problems.add(where + "'drools' is not allowed: pass kcontext to Evidence.of only");
      } else if (startsQualifiedName(tokens, i)) {
        String name = qualifiedName(tokens, i);
        if (!ALLOWED_TYPES.containsValue(name)) {
          problems.add(where + "'" + name + "' is not an allowed type");
        }
        i = skipQualifiedName(tokens, i);
      } else if (Character.isUpperCase(token.charAt(0)) && !previous.equals(".") && !previous.equals("::")
          && !ALLOWED_TYPES.containsKey(token)) {
        problems.add(where + "type '" + token + "' is not allowed in a policy folder");
      }
    }
  }

  /** Whether {@code kcontext} at token {@code i} is the argument of {@code Evidence.of(}. */
  private static boolean passedToEvidence(List<String> tokens, int i) {
    return i >= 4 && tokens.get(i - 1).equals("(") && tokens.get(i - 2).equals("of") && tokens.get(i - 3).equals(".")
        && tokens.get(i - 4).equals("Evidence");
  }

  /**
   * Whether a dotted name starts at token {@code i} that names a type: under one of the {@link
   * #ROOT_PACKAGES}, or under any other lower-case package, such as {@code picocli.CommandLine}
   * or {@code software.amazon.awssdk...}, that the host application has on its classpath. A
   * variable's fields ({@code partner.address.country}) name no type.
   */
  private static boolean startsQualifiedName(List<String> tokens, int i) {
    String token = tokens.get(i);
    String previous = i > 0 ? tokens.get(i - 1) : "";
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).equals(".") || previous.equals(".") || previous.equals("::")) {
      return false;
    }
    if (ROOT_PACKAGES.contains(token)) {
      return true;
    }
    String name = qualifiedName(tokens, i);
    String last = name.substring(name.lastIndexOf('.') + 1);
    return Character.isLowerCase(token.charAt(0)) && Character.isUpperCase(last.charAt(0));
  }

  /** Whether {@code new} at token {@code i} is followed by arguments and a class body: {@code new Object() {...}}. */
  private static boolean hasClassBody(List<String> tokens, int i) {
    int j = i + 1;
    while (j < tokens.size() && !tokens.get(j).equals("(")) {
      if (tokens.get(j).equals("[") || tokens.get(j).equals(";") || tokens.get(j).equals("{")) {
        return false; // an array, or not a constructor call
      }
      j++;
    }
    int depth = 0;
    for (; j < tokens.size(); j++) {
      if (tokens.get(j).equals("(")) {
        depth++;
      } else if (tokens.get(j).equals(")") && --depth == 0) {
        return j + 1 < tokens.size() && tokens.get(j + 1).equals("{");
      }
    }
    return false;
  }

  /** The dotted name starting at token {@code start}, up to and including its first type name. */
  private static String qualifiedName(List<String> tokens, int start) {
    StringBuilder name = new StringBuilder(tokens.get(start));
    int i = start;
    while (i + 2 < tokens.size() && tokens.get(i + 1).equals(".") && Character.isJavaIdentifierStart(tokens.get(i + 2).charAt(0))) {
      name.append('.').append(tokens.get(i + 2));
      i += 2;
      if (Character.isUpperCase(tokens.get(i).charAt(0))) {
        break;
      }
    }
    return name.toString();
  }

  private static int skipQualifiedName(List<String> tokens, int start) {
    int i = start;
    while (i + 2 < tokens.size() && tokens.get(i + 1).equals(".")) {
      i += 2;
    }
    return i;
  }

  /** Blanks comments and string and character literals, keeping every line break in place. */
  static String blankCommentsAndStrings(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        i = blank(text, i, end < 0 ? text.length() : end, out);
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = blank(text, i, end < 0 ? text.length() : end + 2, out);
      } else if (text.startsWith("\"\"\"", i)) {
        // A text block runs to its closing """, across lines: read as three strings, its last line
        // would hide the code after it.
        int end = i + 3;
        while (end < text.length() && !text.startsWith("\"\"\"", end)) {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        out.append("\"\"\"");
        blank(text, i + 3, Math.min(end, text.length()), out);
        if (end < text.length()) {
          out.append("\"\"\"");
        }
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        out.append(c);
        blank(text, i + 1, Math.min(end, text.length()), out);
        if (end < text.length()) {
          out.append(text.charAt(end));
        }
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int blank(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to && i < text.length(); i++) {
      out.append(text.charAt(i) == '\n' ? '\n' : ' ');
    }
    return to;
  }

  private static String where(PolicySource source, String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return source.name() + ":" + line + ": ";
  }


}
