package org.gms.server.ordering;

import java.time.Instant;

/** One change of an order's state; the first has no {@code from}. */
public record OrderTransition(
    OrderState from, OrderState to, String reason, String by, Instant at) {}
