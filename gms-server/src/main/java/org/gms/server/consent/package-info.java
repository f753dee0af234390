/**
 * Patient choice: whether a patient agrees to take part in research and to be recontacted, as a
 * history of decisions (given, declined, withdrawn) with who recorded each, when and from where.
 * {@link org.gms.server.consent.Consents} records decisions and answers, at the moment of asking,
 * who may be included in research: a withdrawal takes effect for the next query.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patient choice")
package org.gms.server.consent;
