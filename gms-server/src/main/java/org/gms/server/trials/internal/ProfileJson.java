package org.gms.server.trials.internal;

import org.gms.genomics.cancer.trial.CaseProfile;

/** A case profile stored as JSON. */
final class ProfileJson {

  private ProfileJson() {}

  static String write(CaseProfile p) {
    return TrialStore.JSON.writeValueAsString(p);
  }

  static CaseProfile read(String json) {
    return TrialStore.JSON.readValue(json, CaseProfile.class);
  }
}
