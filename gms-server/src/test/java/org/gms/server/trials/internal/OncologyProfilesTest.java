package org.gms.server.trials.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gms.genomics.cancer.trial.Receptor;
import org.gms.server.oncology.CancerCaseReported;
import org.gms.server.oncology.TumourReceptors;
import org.gms.server.record.NhsNumber;
import org.gms.server.record.Sex;
import org.junit.jupiter.api.Test;

/** The receptor statuses of a reported case reach its trial profile; unknown ones stay out. */
class OncologyProfilesTest {

  @Test
  void receptorStatusesRecordedOnTheCaseAreInItsProfile() {
    CancerCaseReported c =
        reported(
            "Breast Invasive Ductal Carcinoma", new TumourReceptors("positive", "", "Equivocal"));
    assertThat(OncologyProfiles.profile(c).receptors())
        .isEqualTo(Map.of(Receptor.ER, "positive", Receptor.HER2, "equivocal"));
    CancerCaseReported before = reported("", TumourReceptors.NONE);
    assertThat(OncologyProfiles.profile(before).receptors()).isEmpty();
    // a profile stored before receptor statuses were kept is read with none
    assertThat(
            ProfileJson.read(
                    "{\"caseId\": \"case 7\", \"oncotreeCode\": \"IDC\", \"alterations\": []}")
                .receptors())
        .isEmpty();
    assertThat(ProfileJson.read(ProfileJson.write(OncologyProfiles.profile(c))).receptors())
        .containsEntry(Receptor.HER2, "equivocal");
  }

  /** Case 7, an invasive ductal carcinoma reported with no findings, with the receptors given. */
  private static CancerCaseReported reported(String tumourType, TumourReceptors receptors) {
    return new CancerCaseReported(
        7,
        8,
        new NhsNumber("9434765870"),
        "M4.13",
        "IDC",
        tumourType,
        55,
        Sex.FEMALE,
        List.of(),
        null,
        "",
        Instant.parse("2026-06-01T10:00:00Z"),
        receptors);
  }
}
