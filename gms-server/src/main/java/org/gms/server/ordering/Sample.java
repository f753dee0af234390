package org.gms.server.ordering;

import java.time.Instant;

/** A sample received for an order. */
public record Sample(String barcode, SampleType type, Instant receivedAt, String receivedBy) {}
