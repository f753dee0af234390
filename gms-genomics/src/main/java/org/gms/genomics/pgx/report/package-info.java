/**
 * Pharmacogenomic reports for people and systems: the JSON result (stable field names, meant to be
 * stored and mapped to FHIR Genomics Reporting observations) and a self-contained HTML page.
 */
package org.gms.genomics.pgx.report;
