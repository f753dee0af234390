package org.gms.server.trials;

import java.util.List;

/**
 * Horizon scanning for the service: per trial arm, how many consenting patients carry its targets.
 * For service managers, clinicians and administrators; audited.
 */
public interface HorizonScan {

  /** Every arm of every trial with its counts. */
  List<ArmHorizon> scan();
}
