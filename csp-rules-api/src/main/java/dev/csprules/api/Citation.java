package dev.csprules.api;

/** A sentence of the policy text a finding rests on, by its id, in English and Japanese. */
public record Citation(String sentenceId, String english, String japanese) {}
