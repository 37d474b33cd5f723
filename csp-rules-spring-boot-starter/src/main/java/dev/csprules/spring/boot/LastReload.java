package dev.csprules.spring.boot;

import java.time.Instant;
import java.util.List;

/**
 * The most recent reload of the policy.
 *
 * @param at when it ended
 * @param refused true when the change failed a check and the running policy stayed
 * @param version the version deciding after it: the new one, or the one that stayed
 * @param reason for a refused change, why, a line per problem (files named at their lines);
 *     empty for an applied one
 */
public record LastReload(Instant at, boolean refused, String version, List<String> reason) {
  public LastReload {
    reason = List.copyOf(reason);
  }
}
