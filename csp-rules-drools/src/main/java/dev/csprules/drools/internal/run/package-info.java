/**
 * Deciding: checking a request, running the rules in force in a pooled session within the time
 * budget, tracking firings and evidence, rendering facts, and telling listeners. A decision needs
 * only the loaded policy ({@code policy}), never how it was read or compiled, so this imports
 * neither {@code load} nor {@code check}: the hot path stays small and its dependencies visible.
 */
package dev.csprules.drools.internal.run;
