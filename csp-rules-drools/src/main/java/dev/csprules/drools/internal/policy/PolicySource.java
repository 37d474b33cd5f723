package dev.csprules.drools.internal.policy;

/**
 * One file of a policy layer.
 *
 * @param name how problems name the file: its path in the built-in policy, or the folder path
 *     joined with it for a policy folder
 * @param builtIn true for the rules and data shipped in the jar; policy folders are untrusted and
 *     their DRL is verified like the built-in DRL (DrlVerifier); no file name reaches generated code
 */
public record PolicySource(String name, String text, boolean builtIn) {}
