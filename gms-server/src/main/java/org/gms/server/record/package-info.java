/**
 * The patient record: patients, identified by their NHS number, and the results stored for them;
 * for now their pharmacogenomic results (diplotypes, phenotypes and the CPIC/DPWG recommendations
 * that apply), each analysis kept. {@link org.gms.server.record.Patients} registers and finds
 * patients; {@link org.gms.server.record.PgxResults} stores and reads their pharmacogenomic
 * results; {@link org.gms.server.record.VariantClassifications} keeps the variants found in
 * patients under their build-aware normalised key with the history of their classification (who,
 * when, on what evidence), appended when a result report is authorised.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patient record")
package org.gms.server.record;
