/**
 * The web front: the browser UI (static pages calling the JSON API) and the mapping of errors to
 * RFC 9457 problem details, so that users never see a stack trace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.gms.server.web;
