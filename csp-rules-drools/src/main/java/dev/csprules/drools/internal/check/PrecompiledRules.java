package dev.csprules.drools.internal.check;

import dev.csprules.drools.internal.load.PolicyFiles;
import dev.csprules.drools.internal.policy.CompiledRules;
import dev.csprules.drools.internal.policy.PolicySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in rules, compiled to the executable model when the library is built, so that an
 * engine on the built-in policy starts without compiling DRL: about 0.4 s instead of 2 to 3 s.
 *
 * <p>The build runs {@link #main} after compiling the Java sources (exec-maven-plugin, phase
 * process-classes). It compiles the built-in DRL exactly as {@link PolicyCompiler} does at run
 * time, writes the generated classes into the DRL packages, and writes {@value #INDEX}: the model
 * classes and a hash of the DRL they were made from. At run time the precompiled rules are used
 * only when the policy's DRL hashes the same, so a policy that changes or adds a rule file
 * compiles at run time as before, and the DRL files stay in the jar for policy authors to read.
 *
 * <p>The models are loaded by name with {@link KieBaseBuilder#createKieBaseFromModel}, not
 * discovered on the classpath: no kmodule.xml, no {@code META-INF/kie} files and no
 * {@code org.drools.project.model.ProjectModel} class, so a shaded jar cannot merge or overwrite
 * them, and this jar cannot clash with another precompiled rule jar.
 */
public final class PrecompiledRules {
  private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRules.class);
  static final String INDEX = "dev/csprules/policy/precompiled-rules.properties";
  private static final String RULES_HASH = "rules-hash";
  private static final String MODELS = "models";
  /** Every generated class lands in a DRL package, and every built-in DRL package is under here. */
  private static final String GENERATED_ROOT = "dev/csprules/policy/";

  private PrecompiledRules() {}

  /**
   * The rules of this DRL: the ones compiled at build time when the DRL is the built-in rules
   * unchanged, else compiled now.
   */
  public static CompiledRules matchingOrCompiled(List<PolicySource> rules) {
    return matching(rules).orElseGet(() -> CompilerChain.compile(rules));
  }

  /** The precompiled rules, when they were made from exactly this DRL. */
  static Optional<CompiledRules> matching(List<PolicySource> rules) {
    Properties index = new Properties();
    try (InputStream in = PrecompiledRules.class.getModule().getResourceAsStream(INDEX)) {
      if (in == null) {
        LOG.debug("no precompiled rules on the classpath ({})", INDEX);
        return Optional.empty();
      }
      index.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    if (!hash(rules).equals(index.getProperty(RULES_HASH))) {
      return Optional.empty();
    }
    List<Model> models =
        Arrays.stream(index.getProperty(MODELS, "").split(","))
            .filter(name -> !name.isBlank())
            .map(PrecompiledRules::instantiate)
            .toList();
    // The same configuration KieServices.newKieBaseConfiguration() makes, without starting
    // KieServices (its service registry scan), which nothing on this path needs.
    return Optional.of(
        new CompiledRules(
            "precompiled at build time",
            () ->
                KieBaseBuilder.createKieBaseFromModel(
                    models, RuleBaseFactory.newKnowledgeBaseConfiguration())));
  }

  private static Model instantiate(String className) {
    try {
      return (Model)
          Class.forName(className.strip(), true, PrecompiledRules.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "the precompiled rules in this jar are damaged: cannot load " + className, e);
    }
  }

  /**
   * A hash of the DRL files, names included, in name order. Built-in rules are named by their
   * path; a policy folder's by the folder path too, so they never hash like the built-in ones.
   */
  static String hash(List<PolicySource> rules) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (PolicySource rule : rules.stream().sorted(java.util.Comparator.comparing(PolicySource::name)).toList()) {
        digest.update(rule.name().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(rule.text().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Build-time entry point: compiles the built-in DRL found on the classpath and writes the
   * generated classes and the index under the class output folder given as the only argument.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PrecompiledRules <class output folder>");
    }
    write(Path.of(args[0]));
  }

  static void write(Path classes) throws IOException {
    List<PolicySource> drl = PolicyFiles.builtIn().rules();
    KieServices services = KieServices.get();
    ReleaseId releaseId = services.newReleaseId("dev.csprules", "csp-rules-built-in-policy", "1");
    PolicyCompiler.GeneratedRules generated =
        PolicyCompiler.GeneratedRules.of(PolicyCompiler.build(services, releaseId, drl));
    // The built-in rules are held to the same check as a policy folder's.
    List<String> refused = GeneratedCodeCheck.problems(generated.classes());
    if (!refused.isEmpty()) {
      throw new IllegalStateException("the built-in rules generated code the check refuses: " + refused);
    }
    deleteGeneratedClasses(classes.resolve(GENERATED_ROOT));
    List<String> models = new ArrayList<>(generated.modelNames());
    int written = 0;
    for (Map.Entry<String, byte[]> generatedClass : generated.classes().entrySet()) {
      if (generatedClass.getKey().startsWith(GENERATED_ROOT)) {
        Path target = classes.resolve(generatedClass.getKey() + ".class");
        Files.createDirectories(target.getParent());
        Files.write(target, generatedClass.getValue());
        written++;
      }
    }
    models.sort(null);
    if (models.isEmpty() || written == 0) {
      throw new IllegalStateException("the executable model build produced no model classes");
    }
    // Written by hand rather than Properties.store, which adds a timestamp: same rules, same file.
    Files.writeString(
        classes.resolve(INDEX),
        "# Written by the build (PrecompiledRules.main); do not edit.\n"
            + RULES_HASH + "=" + hash(drl) + "\n"
            + MODELS + "=" + String.join(",", models) + "\n",
        StandardCharsets.UTF_8);
    System.out.println(
        "precompiled " + drl.size() + " rule files: " + models.size() + " models, " + written
            + " classes");
  }

  /** Classes a previous build generated: their names change with the rules, so clear them first. */
  private static void deleteGeneratedClasses(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        Files.delete(file);
      }
    }
  }
}
