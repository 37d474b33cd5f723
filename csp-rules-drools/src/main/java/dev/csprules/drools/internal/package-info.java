/**
 * The engine's insides, laid out by lifecycle: {@code load} reads a policy, {@code check} verifies
 * and compiles its DRL, {@code run} decides; {@code policy} is what a loaded policy is made of and
 * {@code text} the wording they share. {@link dev.csprules.drools.internal.LoadedPolicy} is the one
 * class that joins the stages, so it lives above them: no sub-package imports this one, and none
 * imports the engine facade ({@code InternalLayoutTest} keeps both true).
 *
 * <p>Classes here may use the module's API vocabulary ({@code PolicyLoadException}, {@code
 * PolicyEvaluationException}, {@code PolicyRule}, {@code PolicyContents}): they are the values and
 * errors the stages produce, not the facade. Types are {@code public} where another of these
 * packages needs them; the packages are not exported, so the module boundary still hides them.
 */
package dev.csprules.drools.internal;
