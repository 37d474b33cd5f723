package dev.csprules.drools.rulefacts;

import java.math.BigDecimal;

/** The partner's counted revenue over the window, in USD. */
public record TrailingRevenue(BigDecimal amountUsd, RevenueWindow window) {}
