/**
 * The GMS server application. Each direct sub-package is one feature module (Spring Modulith): its
 * top package is its public API, its {@code internal} package is private to it.
 */
package org.gms.server;
