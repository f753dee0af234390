/**
 * The patient's genomic healthcare record: patients, identified by their NHS number, their family
 * links and the results stored for them, and the whole record across the life course gathered from
 * every feature. {@link org.gms.server.record.Patients} registers and finds patients; {@link
 * org.gms.server.record.FamilyLinks} links relatives; {@link org.gms.server.record.PgxResults}
 * stores and reads their pharmacogenomic results (diplotypes, phenotypes and the CPIC/DPWG
 * recommendations that apply), each analysis kept; {@link
 * org.gms.server.record.VariantClassifications} keeps the variants found in patients under their
 * build-aware normalised key with the history of their classification (who, when, on what
 * evidence), appended when a result report is authorised. {@link
 * org.gms.server.record.PatientRecords} assembles a patient's whole record ({@link
 * org.gms.server.record.PatientRecord}: one timeline, the classification history per variant, PGx,
 * HPO terms over time) as JSON or as a FHIR R4 Bundle. Features that depend on the record
 * (ordering, analysis, consent, ...) contribute their part through {@link
 * org.gms.server.record.RecordSource} beans, so the record depends on none of them. {@link
 * org.gms.server.record.PatientAccess} decides who may see which patient (their organisation
 * registered them or has a test order for them); features that know of such a relationship
 * contribute it through {@link org.gms.server.record.CareRelationship} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patient record")
package org.gms.server.record;
