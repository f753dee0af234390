/**
 * The genomics core of GMS: plain Java with no framework, usable as a library and from the command
 * line without a server. Each sub-package owns one domain noun: {@code variant}, {@code
 * transcript}, {@code annotation}, {@code phenotype}, {@code interpretation} and {@code pgx}.
 */
package org.gms.genomics;
