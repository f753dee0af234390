/**
 * {@code ./gms benchmark}: one command per benchmark, each printing its figures (speed on generated
 * national-scale load, accuracy against external truth), and the data generators they use. The
 * commands reach the platform through the library APIs and the launcher's plumbing ({@code
 * org.gms.cli}); what several benchmarks share is in {@link org.gms.benchmarks.support}.
 */
package org.gms.benchmarks;
