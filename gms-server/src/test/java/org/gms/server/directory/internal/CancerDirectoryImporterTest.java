package org.gms.server.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gms.server.directory.ImportChanges;
import org.junit.jupiter.api.Test;

/** What the codes release's R-codes change, compared with the current rare-disease release. */
class CancerDirectoryImporterTest {

  private static DirectoryRelease.TestEntry test(
      String code, String name, String target, String method) {
    return new DirectoryRelease.TestEntry(
        code, name, target, List.of(), method, "Specialised", "", 1);
  }

  @Test
  void onlyWhatTheCodesReleaseStatesCanDiffer() {
    DirectoryRelease before =
        new DirectoryRelease(
            List.of(
                new DirectoryRelease.IndicationEntry(
                    "R14",
                    "Acutely unwell children",
                    "Core",
                    null,
                    1,
                    List.of(test("R14.1", "Acutely unwell children", "Genomewide", "WGS"))),
                new DirectoryRelease.IndicationEntry(
                    "R20",
                    "Wiskott-Aldrich syndrome",
                    "Immunology",
                    null,
                    2,
                    List.of(
                        test(
                            "R20.1", "Wiskott-Aldrich syndrome", "WAS", "Single gene sequencing"))),
                new DirectoryRelease.IndicationEntry(
                    "R94",
                    "Retired",
                    "Core",
                    null,
                    3,
                    List.of(test("R94.1", "Retired", "X", "WGS")))));
    List<CancerCodes.Indication> v9 =
        List.of(
            new CancerCodes.Indication(
                "R14",
                "Acutely unwell children with a likely monogenic disorder",
                List.of(
                    new CancerCodes.Test(
                        "R14.1",
                        "Acutely unwell children with a likely monogenic disorder (WGS)",
                        "rare-and-inherited-disease",
                        "WGS"))),
            new CancerCodes.Indication(
                "R20",
                "Wiskott-Aldrich syndrome",
                List.of(
                    new CancerCodes.Test(
                        "R20.1", "Wiskott-Aldrich syndrome (Single gene sequencing)", "", ""),
                    new CancerCodes.Test(
                        "R20.2", "Wiskott-Aldrich syndrome (MLPA or equivalent)", "", ""))),
            new CancerCodes.Indication(
                "R412",
                "A new indication",
                List.of(
                    new CancerCodes.Test(
                        "R412.1", "A new indication (WES or Medium panel)", "", ""))));

    ImportChanges changes =
        DirectoryDifference.between("5.1", before, CancerDirectoryImporter.comparable(v9, before));

    assertThat(changes.added()).extracting(ImportChanges.Item::id).containsExactly("R412");
    assertThat(changes.removed()).extracting(ImportChanges.Item::id).containsExactly("R94");
    assertThat(changes.changed()).extracting(ImportChanges.Item::id).containsExactly("R14", "R20");
    assertThat(changes.changed().get(0).details())
        .singleElement()
        .asString()
        .startsWith("name: 'Acutely unwell children' -> 'Acutely unwell children with");
    assertThat(changes.changed().get(1).details())
        .singleElement()
        .asString()
        .startsWith("test R20.2 added");
  }
}
