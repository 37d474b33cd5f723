package dev.csprules.drools.internal;

import java.util.List;
import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * A policy's rules, compiled once, and a maker of fresh knowledge bases over them: one for the
 * rule catalog and one per decision kind, each trimmed to its own rules.
 */
final class CompiledRules {
  private final String provenance;
  private final Supplier<KieBase> kieBases;

  CompiledRules(String provenance, Supplier<KieBase> kieBases) {
    this.provenance = provenance;
    this.kieBases = kieBases;
  }

  /**
   * The rules of this DRL: the ones compiled at build time when the DRL is the built-in rules
   * unchanged, else compiled now.
   */
  static CompiledRules of(List<PolicySource> rules) {
    return PrecompiledRules.matching(rules).orElseGet(() -> compileNow(rules));
  }

  /** The rules of this DRL compiled now, once the compiler chain is known to be there. */
  static CompiledRules compileNow(List<PolicySource> rules) {
    CompilerChain.require();
    return PolicyCompiler.compile(rules);
  }

  /** How the rules were compiled, for the load log: at build time or at run time. */
  String provenance() {
    return provenance;
  }

  /** A new knowledge base of every rule, sharing nothing mutable with earlier ones. */
  KieBase newKieBase() {
    return kieBases.get();
  }
}
