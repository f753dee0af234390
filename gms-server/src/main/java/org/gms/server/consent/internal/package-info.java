/** Storage and REST API of consent decisions. */
package org.gms.server.consent.internal;
