package org.gms.server.analysis.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gms.genomics.interpretation.GenePanel;
import org.gms.genomics.interpretation.PanelGene;
import org.gms.genomics.interpretation.pedigree.PedReader;
import org.gms.genomics.interpretation.pedigree.Pedigree;
import org.gms.server.directory.TestGeneList;

/**
 * Everything a run needs, captured when it is started (the order, the family with their sexes, the
 * panel at the version then in force), so that the worker needs no user and a later change to the
 * order or the directory does not change what a queued run does.
 *
 * @param panel the genes, or null for gene-agnostic
 */
record RunSpec(
    String kind,
    String vcf,
    String indication,
    List<String> hpoTerms,
    List<Person> people,
    Panel panel) {

  RunSpec {
    hpoTerms = List.copyOf(hpoTerms);
    people = List.copyOf(people);
  }

  /**
   * One person sequenced or related.
   *
   * @param sample their VCF sample name (the PED id)
   * @param relationship PROBAND, MOTHER, FATHER, SIBLING, CHILD or OTHER
   * @param sex MALE, FEMALE or anything else for unknown
   */
  record Person(
      String nhsNumber, String sample, String relationship, String sex, boolean affected) {}

  /**
   * A gene of the panel: PanelApp level (0-4) and mode(s) of inheritance as published, several
   * joined by {@link #MODE_SEPARATOR}.
   */
  record Gene(String symbol, int level, String modeOfInheritance) {
    static final String MODE_SEPARATOR = " | ";

    /** The modes as published, one per panel that gave one. */
    List<String> modesAsPublished() {
      return modeOfInheritance == null
          ? List.of()
          : List.of(modeOfInheritance.split(Pattern.quote(MODE_SEPARATOR)));
    }
  }

  record Panel(String name, String version, List<Gene> genes) {
    Panel {
      genes = List.copyOf(genes);
    }

    /** A test's genes by the directory's rule, every rating kept. */
    static Panel of(TestGeneList list) {
      return new Panel(
          list.name(),
          list.directoryVersion(),
          list.genes().stream()
              .map(
                  g ->
                      new Gene(
                          g.symbol(),
                          g.level(),
                          g.modesOfInheritance().isEmpty()
                              ? null
                              : String.join(Gene.MODE_SEPARATOR, g.modesOfInheritance())))
              .toList());
    }

    GenePanel toGenePanel() {
      return new GenePanel(
          name,
          version,
          genes.stream()
              .map(g -> PanelGene.fromPanelApp(g.symbol(), g.level(), g.modesAsPublished()))
              .toList());
    }
  }

  String familyId(long orderId) {
    return "order-" + orderId;
  }

  /**
   * The family as a PED: parents of the proband are MOTHER and FATHER, siblings share them, a CHILD
   * has the proband as a parent, OTHER relatives are unlinked founders.
   */
  Pedigree pedigree(long orderId) {
    Person proband = people.get(0);
    String mother = id("MOTHER");
    String father = id("FATHER");
    StringBuilder ped = new StringBuilder();
    for (Person person : people) {
      String dad = "0";
      String mum = "0";
      switch (person.relationship()) {
        case "PROBAND", "SIBLING" -> {
          dad = father;
          mum = mother;
        }
        case "CHILD" -> {
          if ("FEMALE".equals(proband.sex())) {
            mum = proband.sample();
          } else {
            dad = proband.sample();
          }
        }
        default -> {}
      }
      ped.append(familyId(orderId))
          .append('\t')
          .append(person.sample())
          .append('\t')
          .append(dad)
          .append('\t')
          .append(mum)
          .append('\t')
          .append(pedSex(person.sex()))
          .append('\t')
          .append(person.affected() ? "2" : "1")
          .append('\n');
    }
    return PedReader.parse(ped.toString(), "the family of order " + orderId);
  }

  private String id(String relationship) {
    return people.stream()
        .filter(p -> p.relationship().equals(relationship))
        .map(Person::sample)
        .findFirst()
        .orElse("0");
  }

  private static String pedSex(String sex) {
    return switch (sex.toUpperCase(Locale.ROOT)) {
      case "MALE" -> "1";
      case "FEMALE" -> "2";
      default -> "0";
    };
  }
}
