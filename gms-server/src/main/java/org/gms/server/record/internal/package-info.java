/**
 * How the patient record works inside: the SQL, the analysis of uploaded VCFs, the web API, the
 * FHIR Genomics Reporting view of pharmacogenomic results, and the assembly of the whole record
 * from its own data and every {@link org.gms.server.record.RecordSource}, as JSON and as one FHIR
 * Bundle.
 */
package org.gms.server.record.internal;
