/**
 * Management insights: how the service performs, from the orders and reports of the other features
 * (read through their public APIs). Activity (requested, received, reported, cancelled) by
 * indication, test, method, specialist test group, laboratory, requesting organisation, geography
 * and urgency; turnaround (median, 90th centile, share within the target of each test); equity of
 * access (rates per 100,000 population with 95% intervals and rate ratios against the national
 * rate, by geography, ethnic group, deprivation decile and, with a configured population file, age
 * band and sex); outcomes (cancer cases with an actionable finding and a targeted therapy started,
 * pharmacogenomic checks at prescribing); the backlog and overdue orders now. {@link
 * org.gms.server.insights.Insights} answers the role-restricted dashboard; {@link
 * org.gms.server.insights.PublishedInsights} the public figures, which pass small-number
 * suppression; {@link org.gms.server.insights.GeneratedActivity} writes generated activity,
 * labelled as such, for demonstrations and benchmarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Management insights")
package org.gms.server.insights;
