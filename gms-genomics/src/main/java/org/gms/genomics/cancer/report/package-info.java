/**
 * The somatic report as JSON (the fields the service reads: sample, tumourType, findings with
 * oncogenicity, tier and therapies, biomarkers, germline, knowledge) and as HTML for a molecular
 * tumour board (tier I/II first, therapies and evidence, biomarkers, limitations).
 */
package org.gms.genomics.cancer.report;
