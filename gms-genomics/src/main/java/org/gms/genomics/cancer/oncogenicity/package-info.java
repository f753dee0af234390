/**
 * Somatic oncogenicity by the ClinGen/CGC/VICC standard (Horak et al., Genet Med 2022;24:986): the
 * evidence codes computable from the input and the knowledge ({@link
 * org.gms.genomics.cancer.oncogenicity.OncogenicityAssessor}), each with its points and reason, and
 * the versioned classifier that sums them ({@link
 * org.gms.genomics.cancer.oncogenicity.OncogenicityClassifier#vicc2022()}).
 */
package org.gms.genomics.cancer.oncogenicity;
