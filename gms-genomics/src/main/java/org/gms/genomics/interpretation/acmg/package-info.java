/**
 * ACMG/AMP variant classification: the evidence codes (PVS1 ... BP7) with their strength and the
 * reason they apply, the rules that assign the codes computable from the inputs (PVS1 decision
 * tree, PS1/PM5, PS2/PM6, PM2, PM3, PM4, PP3/BP4, BA1/BS1, PP4, BP7), and the guideline versions
 * that combine codes into a class: {@link
 * org.gms.genomics.interpretation.acmg.AcmgClassifier#acmg2015()} (Richards et al. 2015, Table 5)
 * and {@link org.gms.genomics.interpretation.acmg.AcmgClassifier#clinGenPoints2020()} (Tavtigian et
 * al. 2018/2020 points, as used by the UK ACGS 2020 best practice guidelines).
 */
package org.gms.genomics.interpretation.acmg;
