/** Storage, rules and the REST API of test orders. */
package org.gms.server.ordering.internal;
