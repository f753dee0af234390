package org.gms.benchmarks;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.server.record.NhsNumber;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cohort's test requests, which carry the HPO terms the research view (and so the Beacon's
 * individuals queries) reads, with a skewed spread of terms so filters match from a few to most of
 * the cohort.
 */
final class BeaconRequests {

  /**
   * HPO terms given to the cohort's requests (real, common referral phenotypes), most frequent
   * first: individual i gets 1 to 4 of them, drawn with weight 1/rank (Zipf).
   */
  static final List<String> PHENOTYPES =
      List.of(
          "HP:0001263", // global developmental delay
          "HP:0001250", // seizure
          "HP:0001249", // intellectual disability
          "HP:0000252", // microcephaly
          "HP:0001631", // atrial septal defect
          "HP:0001629", // ventricular septal defect
          "HP:0000717", // autism
          "HP:0001252", // hypotonia
          "HP:0004322", // short stature
          "HP:0000365", // hearing impairment
          "HP:0000505", // visual impairment
          "HP:0001156", // brachydactyly
          "HP:0003003", // colon cancer
          "HP:0003002", // breast carcinoma
          "HP:0100615", // ovarian neoplasm
          "HP:0001166", // arachnodactyly
          "HP:0001644", // dilated cardiomyopathy
          "HP:0001639", // hypertrophic cardiomyopathy
          "HP:0000083", // renal insufficiency
          "HP:0001508", // failure to thrive
          "HP:0000750", // delayed speech and language development
          "HP:0002376", // developmental regression
          "HP:0001290", // generalized hypotonia
          "HP:0000486", // strabismus
          "HP:0000256", // macrocephaly
          "HP:0001638", // cardiomyopathy
          "HP:0002664", // neoplasm
          "HP:0001627", // abnormal heart morphology
          "HP:0000707", // abnormality of the nervous system
          "HP:0012759"); // neurodevelopmental abnormality

  private BeaconRequests() {}

  /**
   * One request per individual with 1 to 4 of {@link #PHENOTYPES} (Zipf weights), written straight
   * into the ordering feature's table as a fixture (submitting 10,000 orders would time the
   * ordering feature, which has its own benchmark); individuals that have a request already are
   * left as they are.
   */
  static void write(
      ConfigurableApplicationContext context, List<NhsNumber> people, SplittableRandom random) {
    long started = System.nanoTime();
    HpoOntology hpo = PhenotypeKnowledge.bundled().ontology();
    for (String term : PHENOTYPES) {
      if (!hpo.contains(HpoTermId.parse(term))) {
        throw new IllegalStateException(term + " is not in the bundled HPO");
      }
    }
    double[] cumulative = new double[PHENOTYPES.size()];
    double total = 0;
    for (int i = 0; i < cumulative.length; i++) {
      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }
    String[] numbers = new String[people.size()];
    String[] terms = new String[people.size()];
    for (int i = 0; i < people.size(); i++) {
      int n = 1 + random.nextInt(4);
      Set<String> chosen = new TreeSet<>();
      while (chosen.size() < n) {
        double u = random.nextDouble() * total;
        int k = 0;
        while (cumulative[k] < u) {
          k++;
        }
        chosen.add(PHENOTYPES.get(k));
      }
      numbers[i] = people.get(i).value();
      terms[i] = String.join(",", chosen);
    }
    int inserted =
        context
            .getBean(JdbcClient.class)
            .sql(
                """
                INSERT INTO test_order (request_key, patient_nhs_number, indication,
                  indication_name, test_code, test_method, directory_version, requester,
                  requester_organisation, laboratory, urgency, hpo_terms, research_participation,
                  recontact, state, expected_by)
                SELECT 'bench-beacon-' || p.nhs, p.nhs, 'R27', 'Benchmark indication', 'R27.1',
                  'WGS', 'benchmark', 'bench-beacon-clinician', 'Benchmark Hospital',
                  'Benchmark Laboratory', 'ROUTINE', string_to_array(p.terms, ','), true, false,
                  'REQUESTED', current_date + 42
                FROM unnest(CAST(:nhs AS text[]), CAST(:terms AS text[])) AS p (nhs, terms)
                WHERE NOT EXISTS (SELECT 1 FROM test_order o WHERE o.patient_nhs_number = p.nhs)
                """)
            .param("nhs", numbers)
            .param("terms", terms)
            .update();
    System.out.printf(
        "beacon: %d requests with 1-4 HPO terms each (%d terms, Zipf weights) written in %.1f s%n",
        inserted, PHENOTYPES.size(), (System.nanoTime() - started) / 1e9);
  }
}
