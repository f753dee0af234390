/**
 * Research sharing: a pseudonymised view of the patients who have agreed to research, built at
 * query time from their current consent (a withdrawal removes them from the next answer), with no
 * direct identifiers (NHS number, name, date of birth reduced to the year) and small counts
 * suppressed. Researchers only; every query is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Research sharing")
package org.gms.server.research;
