/**
 * Clinical trial registry and matching: trials read from MatchMiner's Clinical Trial Markup
 * Language (CTML, JSON or YAML) and from ClinicalTrials.gov API v2 records (eligibility text kept,
 * genomic criteria curated in CTML form), arms with genomic criteria (gene, protein change, variant
 * category, copy number, fusion, wild type, TMB and MSI) and clinical ones (OncoTree type with
 * exclusions through the OncoTree hierarchy, age, sex) under and/or trees, and a matcher that gives
 * each matched arm with the reason of each criterion met. No Spring.
 */
package org.gms.genomics.cancer.trial;
