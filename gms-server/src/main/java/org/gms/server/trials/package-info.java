/**
 * Clinical trials: a registry of trials imported from MatchMiner CTML (JSON or YAML) and
 * ClinicalTrials.gov API v2 records (eligibility text kept, genomic criteria curated as CTML match
 * trees), every reported cancer case matched against the open arms with the reason of each match,
 * alerts for the treating team when a trial opens or a case is reported and a new match appears,
 * and horizon scanning (how many consenting patients carry each arm's targets, small counts
 * suppressed). {@link org.gms.server.trials.TrialRegistry} imports and lists trials, {@link
 * org.gms.server.trials.TrialCases} takes reported cases and gives their matches, {@link
 * org.gms.server.trials.TrialAlerts} lists and decides alerts, {@link
 * org.gms.server.trials.HorizonScan} counts. Matching itself is gms-genomics' {@code
 * org.gms.genomics.cancer.trial}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical trials")
package org.gms.server.trials;
