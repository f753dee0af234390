/**
 * Gene constraint: how strongly a gene resists loss-of-function variation in the population (gnomAD
 * pLI and LOEUF). Shown by the annotation engine and used by the ACMG PVS1 rule to judge whether
 * loss of function is a likely disease mechanism.
 */
package org.gms.genomics.constraint;
