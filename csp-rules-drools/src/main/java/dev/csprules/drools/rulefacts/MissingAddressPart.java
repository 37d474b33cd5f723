package dev.csprules.drools.rulefacts;

/** A part of the business address that is required and missing, such as {@code street}. */
public record MissingAddressPart(String part) {}
