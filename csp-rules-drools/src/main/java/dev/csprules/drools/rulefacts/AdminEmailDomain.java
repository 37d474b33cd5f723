package dev.csprules.drools.rulefacts;

/** The domain of a well-formed admin email, in lower case. */
public record AdminEmailDomain(String domain) {}
