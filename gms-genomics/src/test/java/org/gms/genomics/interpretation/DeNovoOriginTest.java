package org.gms.genomics.interpretation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gms.genomics.interpretation.acmg.PopulationFrequency;
import org.gms.genomics.interpretation.inheritance.Family;
import org.gms.genomics.interpretation.inheritance.InheritanceMode;
import org.gms.genomics.interpretation.pedigree.PedReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PS2 and PM6 need the parents' genotypes (ClinGen SVI de novo recommendation): PS2 with both
 * parents tested and parentage confirmed, PM6 with both tested and parentage not confirmed. A
 * proband-only analysis, or one whose parent was not sequenced or not called at the variant, tests
 * no de novo origin and applies neither, however well a new mutation would fit.
 */
class DeNovoOriginTest {

  private static final GenePanel PANEL =
      new GenePanel(
          "Test indication",
          "1.0",
          List.of(
              PanelGene.of(
                  "NIPBL", PanelConfidence.GREEN, Set.of(InheritanceMode.AUTOSOMAL_DOMINANT))));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # family                                   | sequenced   | kid, dad, mum at the variant | background sites | de novo codes
          trio, parentage confirmed                   | kid dad mum | 0/1 0/0 0/0 | 150 | PS2
          trio, parentage not judged (under 100 sites)| kid dad mum | 0/1 0/0 0/0 | 0   | PM6
          proband only                                | kid         | 0/1         | 150 | none
          parents in the pedigree, not sequenced      | kid         | 0/1         | 0   | none
          the father not called at the variant        | kid dad mum | 0/1 ./. 0/0 | 150 | none
          only the mother sequenced                   | kid mum     | 0/1 0/0     | 150 | none
          """)
  void deNovoCriteriaNeedTheParentsGenotypes(
      String family, String sequenced, String calls, int background, String codes) {
    List<String> ids = Arrays.asList(sequenced.split(" "));
    boolean parentsInPedigree = !family.equals("proband only");
    TrioCase trio = new TrioCase(ids);
    for (int i = 0; i < background; i++) {
      String[][] genotypes = {{"0/1", "0/1", "0/0"}, {"1/1", "0/1", "0/1"}, {"0/1", "0/0", "1/1"}};
      trio.add(
          trio.variant("2", 1_000_000 + 100L * i, "A", "G", "BG", pick(genotypes[i % 3], ids))
              .consequences("intron_variant")
              .frequency(PopulationFrequency.of("gnomAD v4.1", 0.3)));
    }
    trio.add(
        trio.variant("5", 36_953_700, "C", "T", "NIPBL", calls.split(" "))
            .hgvs("NM_133433.4:c.2479C>T", "NP_597677.2:p.(Arg827Ter)")
            .consequences("stop_gained")
            .exon("10/47")
            .frequency(PopulationFrequency.absentFrom("gnomAD v4.1")));
    Family pedigree =
        Family.of(
            PedReader.parse(
                parentsInPedigree
                    ? "F kid dad mum 1 2\nF dad 0 0 1 1\nF mum 0 0 2 1\n"
                    : "F kid 0 0 1 2\n",
                "family.ped"),
            "F",
            ids);

    InterpretationResult result =
        RareDiseaseInterpreter.withDefaults()
            .interpret(
                pedigree,
                trio.variants(),
                GeneScope.panel(PANEL, false),
                PhenotypeScores.of(Map.of("NIPBL", 0.9)));

    ClassifiedVariant nipbl =
        result.candidates().stream()
            .filter(c -> c.candidate().gene().equals("NIPBL"))
            .findFirst()
            .orElseThrow()
            .candidate()
            .variants()
            .get(0);
    List<String> deNovoCodes = new ArrayList<>();
    for (String code : nipbl.classification().codes().split(", ")) {
      if (code.startsWith("PS2") || code.startsWith("PM6")) {
        deNovoCodes.add(code);
      }
    }
    assertThat(deNovoCodes.isEmpty() ? "none" : String.join(" ", deNovoCodes))
        .as(family)
        .isEqualTo(codes);
  }

  private static String[] pick(String[] kidDadMum, List<String> ids) {
    List<String> order = List.of("kid", "dad", "mum");
    return ids.stream().map(id -> kidDadMum[order.indexOf(id)]).toArray(String[]::new);
  }
}
