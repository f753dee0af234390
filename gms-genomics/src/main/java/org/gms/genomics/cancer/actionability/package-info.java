/**
 * Clinical actionability by the AMP/ASCO/CAP 2017 tiers (Li et al., J Mol Diagn 2017;19:4): a
 * finding's CIViC evidence (predictive, diagnostic, prognostic; supporting; somatic) by evidence
 * level and tumour-type match gives Tier I-A, I-B, II-C or II-D; otherwise Tier III (uncertain) or
 * IV (benign/likely benign); therapies listed with response, level and citation; histology-
 * independent indications flagged.
 */
package org.gms.genomics.cancer.actionability;
