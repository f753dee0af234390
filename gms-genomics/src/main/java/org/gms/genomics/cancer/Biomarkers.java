package org.gms.genomics.cancer;

import org.gms.genomics.cancer.biomarker.MsiEstimate;
import org.gms.genomics.cancer.biomarker.Tmb;

/** TMB and MSI; either is null when it could not be computed (the report's limitations say why). */
public record Biomarkers(Tmb tmb, MsiEstimate msi) {}
