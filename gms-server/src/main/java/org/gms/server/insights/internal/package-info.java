/**
 * The summary tables of management insights and their refresh, the figures' statistics
 * (percentiles, intervals, rates over the configured and bundled populations), small-number
 * suppression of the published tables and their FHIR MeasureReports, and the dashboard's and the
 * public REST APIs.
 */
package org.gms.server.insights.internal;
