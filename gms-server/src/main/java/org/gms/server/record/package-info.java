/**
 * The patient record: patients, identified by their NHS number, and the results stored for them;
 * for now their pharmacogenomic results (diplotypes, phenotypes and the CPIC/DPWG recommendations
 * that apply), each analysis kept. {@link org.gms.server.record.Patients} registers and finds
 * patients; {@link org.gms.server.record.PgxResults} stores and reads their pharmacogenomic
 * results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patient record")
package org.gms.server.record;
