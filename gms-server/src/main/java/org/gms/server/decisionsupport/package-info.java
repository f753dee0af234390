/**
 * Decision support at prescribing: a CDS Hooks 2.0 service (order-select and order-sign) that
 * checks a draft medication order against the patient's stored pharmacogenomic result and returns
 * cards with the CPIC or DPWG recommendation when it asks the prescriber to change something. It
 * reads results through the record feature's public API and owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decision support")
package org.gms.server.decisionsupport;
