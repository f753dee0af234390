/** Pseudonyms, the research view and its REST API. */
package org.gms.server.research.internal;
