/**
 * Test requests and their progress: a clinician's order for a patient (indication and test from the
 * test directory, HPO terms, family members to test, urgency, the patient's choices), the samples
 * the laboratory receives for it, and its state from request to report, every change recorded with
 * who and when. {@link org.gms.server.ordering.TestOrders} submits, finds, lists and moves orders;
 * {@link org.gms.server.ordering.TurnaroundTargets} gives the expected result date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ordering and tracking")
package org.gms.server.ordering;
