package org.gms.server.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is. The laboratory path is requested, sample received, sequencing, analysis,
 * interpretation, reported; a sample that cannot be used sends the order to re-sample requested
 * until a new one arrives. Failed and cancelled end an order early and need a reason; reported,
 * failed and cancelled are final.
 */
public enum OrderState {
  REQUESTED,
  SAMPLE_RECEIVED,
  SEQUENCING,
  ANALYSIS,
  INTERPRETATION,
  REPORTED,
  RESAMPLE_REQUESTED,
  FAILED,
  CANCELLED;

  /** The states this one may move to. */
  public Set<OrderState> next() {
    return switch (this) {
      case REQUESTED -> EnumSet.of(SAMPLE_RECEIVED, CANCELLED);
      case SAMPLE_RECEIVED -> EnumSet.of(SEQUENCING, RESAMPLE_REQUESTED, FAILED, CANCELLED);
      case SEQUENCING -> EnumSet.of(ANALYSIS, RESAMPLE_REQUESTED, FAILED, CANCELLED);
      case ANALYSIS -> EnumSet.of(INTERPRETATION, RESAMPLE_REQUESTED, FAILED, CANCELLED);
      case INTERPRETATION -> EnumSet.of(REPORTED, ANALYSIS, FAILED, CANCELLED);
      case RESAMPLE_REQUESTED -> EnumSet.of(SAMPLE_RECEIVED, FAILED, CANCELLED);
      case REPORTED, FAILED, CANCELLED -> EnumSet.noneOf(OrderState.class);
    };
  }

  public boolean isFinal() {
    return next().isEmpty();
  }

  /** Whether moving here must say why. */
  public boolean needsReason() {
    return this == FAILED || this == CANCELLED || this == RESAMPLE_REQUESTED;
  }
}
