package dev.csprules.spring.boot;

import java.time.Instant;
import java.util.Optional;

/**
 * The most recent reload of the policy.
 *
 * @param at when it ended
 * @param refused true when the change failed a check and the running policy stayed
 * @param version the version deciding after it: the new one, or the one that stayed
 * @param reason for a refused change, the first line of why
 */
public record LastReload(Instant at, boolean refused, String version, Optional<String> reason) {}
