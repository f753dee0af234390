/**
 * Germline findings of a tumour-normal pair (or a germline VCF given with the tumour): variants in
 * cancer predisposition genes classified by the project's ACMG/AMP engine, the pathogenic and
 * likely pathogenic ones reported apart from the somatic findings (as CPSR does).
 */
package org.gms.genomics.cancer.germline;
