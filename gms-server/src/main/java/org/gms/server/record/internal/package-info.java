/**
 * How the patient record works inside: the SQL, the analysis of uploaded VCFs, the web API and the
 * FHIR Genomics Reporting view of pharmacogenomic results.
 */
package org.gms.server.record.internal;
