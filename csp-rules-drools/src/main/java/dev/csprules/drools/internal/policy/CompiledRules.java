package dev.csprules.drools.internal.policy;

import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * A policy's rules, compiled once, and a maker of fresh knowledge bases over them: one for the
 * rule catalog and one per decision kind, each trimmed to its own rules.
 */
public final class CompiledRules {
  private final String provenance;
  private final Supplier<KieBase> kieBases;

  public CompiledRules(String provenance, Supplier<KieBase> kieBases) {
    this.provenance = provenance;
    this.kieBases = kieBases;
  }

  /** How the rules were compiled, for the load log: at build time or at run time. */
  public String provenance() {
    return provenance;
  }

  /** A new knowledge base of every rule, sharing nothing mutable with earlier ones. */
  public KieBase newKieBase() {
    return kieBases.get();
  }
}
