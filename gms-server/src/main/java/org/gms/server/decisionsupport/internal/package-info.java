/**
 * How decision support works inside: the CDS Hooks discovery document and hook endpoints, reading
 * the hook request (patient, draft MedicationRequests and their RxNorm, SNOMED CT or dm+d codes),
 * and building the cards.
 */
package org.gms.server.decisionsupport.internal;
