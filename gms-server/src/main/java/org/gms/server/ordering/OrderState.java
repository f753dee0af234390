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

  /** What may be done to an order in this state, for the API's checks and the pages' buttons. */
  public enum Action {
    /** Record a received sample. */
    RECEIVE_SAMPLE,
    /** Move the order to one of {@link #next()} (laboratory). */
    MOVE,
    /** Start an analysis run (or a re-run). */
    ANALYSE,
    /** Authorise the report from a finished run. */
    AUTHORISE,
    /** Cancel the order (the requesting clinician or the laboratory). */
    CANCEL
  }

  /** The actions this state allows: none once the order is final. */
  public Set<Action> actions() {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (this == REQUESTED || this == SAMPLE_RECEIVED || this == RESAMPLE_REQUESTED) {
      actions.add(Action.RECEIVE_SAMPLE);
    }
    if (!isFinal()) {
      actions.add(Action.MOVE);
      actions.add(Action.CANCEL);
    }
    if (this == SEQUENCING || this == ANALYSIS || this == INTERPRETATION) {
      actions.add(Action.ANALYSE);
    }
    if (this == INTERPRETATION) {
      actions.add(Action.AUTHORISE);
    }
    return actions;
  }

  public boolean allows(Action action) {
    return actions().contains(action);
  }

  public boolean isFinal() {
    return next().isEmpty();
  }

  /** Whether moving here must say why. */
  public boolean needsReason() {
    return this == FAILED || this == CANCELLED || this == RESAMPLE_REQUESTED;
  }
}
