package dev.csprules.drools;

import dev.csprules.api.Decision;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.PolicyEngine;
import dev.csprules.api.PolicyRequest;
import dev.csprules.api.Problem;
import dev.csprules.drools.internal.LoadedPolicy;
import dev.csprules.drools.internal.PolicyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CSP policy engine on Drools. Build it once (it loads and checks the rules), then call
 * {@link #evaluate} from any number of threads, or {@link #evaluateAll} for a batch.
 *
 * <pre>{@code
 * PolicyEngine engine = DroolsPolicyEngine.builder().build();
 * Decision decision = engine.evaluate(application, LocalDate.of(2020, 11, 15));
 * }</pre>
 *
 * <p>The built-in rules ship compiled (the executable model, made when the library is built), so
 * building an engine on them takes a fraction of a second; rules that differ from the built-in
 * ones are compiled when the engine is built. Decisions run in pooled sessions, one pool per kind
 * of request: see docs/performance.md for what a decision costs.
 */
public final class DroolsPolicyEngine implements PolicyEngine {
  private final LoadedPolicy policy;

  private DroolsPolicyEngine(LoadedPolicy policy) {
    this.policy = policy;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Decision evaluate(PolicyRequest request, LocalDate asOf) {
    List<Problem> missing = new ArrayList<>();
    if (request == null) {
      missing.add(Problem.missing("request"));
    }
    if (asOf == null) {
      missing.add(Problem.missing("asOf"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidRequestException(missing);
    }
    return policy.decide(request, asOf);
  }

  /** Every rule of the policy, ordered by id, with its finding code, citations and dates. */
  public List<PolicyRule> rules() {
    return policy.rules();
  }

  /** A content hash of the rule and data files this engine decides with. */
  public String policyVersion() {
    return policy.version();
  }

  /** Chooses the policy files; by default, all built in. */
  public static final class Builder {
    private PolicyFiles files = PolicyFiles.builtIn();

    private Builder() {}

    /** Replaces the built-in markets table (same columns as the built-in markets.csv). */
    public Builder marketsFile(Path file) {
      files = files.with("markets.csv", read(file));
      return this;
    }

    /** Replaces the built-in policy parameters (same keys as the built-in parameters.properties). */
    public Builder parametersFile(Path file) {
      files = files.with("parameters.properties", read(file));
      return this;
    }

    /**
     * Compiles and checks the policy.
     *
     * @throws PolicyLoadException naming every problem in the rules and data files
     */
    public DroolsPolicyEngine build() {
      return new DroolsPolicyEngine(LoadedPolicy.load(files));
    }

    private static String read(Path file) {
      Objects.requireNonNull(file, "file");
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }
}
