/** The run queue, its worker, the analyses it runs, the reference they use and the REST API. */
package org.gms.server.analysis.internal;
