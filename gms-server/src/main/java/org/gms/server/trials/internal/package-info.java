/** The trials feature's storage, matching service, alerts, horizon scanning and web API. */
package org.gms.server.trials.internal;
