package org.gms.genomics.interpretation.acmg;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gms.genomics.protein.ProteinChange;
import org.gms.genomics.variant.SequenceVariant;

/**
 * What a variant does together with the other alleles on its haplotype (phased genotypes of one
 * phase set), on the transcript assessed: the joint consequence an annotator computed by applying
 * them together to the coding sequence. The ACMG rules that read the consequence (PVS1, PS1, PM5,
 * PM4, PP3, BP4, BP7) judge the variant by this joint effect, and say so; the variant's own
 * consequence stays as it is, beside it.
 *
 * @param consequences the joint Sequence Ontology terms
 * @param proteinChange the joint protein change as bcftools writes it ({@code 21F>21*}, {@code
 *     22SERV>22NGF}), or "" when the protein is unchanged
 * @param restoresFrame whether some allele alone shifts the frame but together they do not
 * @param partners the other alleles of the haplotype that the joint effect combines
 * @param phaseSet the phase set, as the VCF names it ({@code 1234}; {@code *} for phased genotypes
 *     without PS; {@code PID:...} for GATK's physical phasing; {@code homozygous} for homozygous
 *     calls, which lie on both copies)
 */
public record HaplotypeEffect(
    Set<String> consequences,
    String proteinChange,
    boolean restoresFrame,
    List<SequenceVariant> partners,
    String phaseSet) {

  /** bcftools' single-residue change: position, one amino acid, '>', position, one amino acid. */
  private static final Pattern ONE_RESIDUE = Pattern.compile("(\\d+)([A-Z*])>(\\d+)([A-Z*])");

  private static final Set<String> FRAMESHIFT = Set.of("frameshift_variant");

  public HaplotypeEffect {
    if (consequences == null || consequences.isEmpty()) {
      throw new IllegalArgumentException("A haplotype effect needs its joint consequence terms");
    }
    if (partners == null || partners.isEmpty()) {
      throw new IllegalArgumentException("A haplotype effect combines the variant with others");
    }
    if (phaseSet == null || phaseSet.isBlank()) {
      throw new IllegalArgumentException("A haplotype effect needs the phase set it lies in");
    }
    consequences = Set.copyOf(consequences);
    proteinChange = proteinChange == null ? "" : proteinChange;
    partners = List.copyOf(partners);
  }

  /** The joint change when it is one amino acid for another (two changes in one codon). */
  public Optional<ProteinChange> aminoAcidChange() {
    Matcher m = ONE_RESIDUE.matcher(proteinChange);
    if (!m.matches() || !m.group(1).equals(m.group(3))) {
      return Optional.empty();
    }
    String alternate = m.group(4).equals(m.group(2)) ? "=" : m.group(4);
    return ProteinChange.parse("p." + m.group(2) + m.group(1) + alternate);
  }

  /**
   * Why the variant is judged by this joint effect, for the evidence reasons, for example {@code
   * frameshift_variant alone, but the frame is restored by a 1-bp insertion at 1:1000 on the same
   * haplotype (PS=1000): together inframe_deletion 22SERV>22NGF}.
   */
  public String reason(Set<String> own) {
    String alone = String.join(", ", new TreeSet<>(own));
    String together =
        "together "
            + String.join(", ", new TreeSet<>(consequences))
            + (proteinChange.isEmpty() ? "" : " " + proteinChange);
    boolean shiftedAlone = own.stream().anyMatch(FRAMESHIFT::contains);
    if (restoresFrame && shiftedAlone) {
      return alone
          + " alone, but the frame is restored by "
          + describe(partners)
          + " on the same haplotype ("
          + phaseLabel()
          + "): "
          + together;
    }
    return alone
        + " alone; with "
        + describe(partners)
        + " on the same haplotype ("
        + phaseLabel()
        + "): "
        + together;
  }

  /** {@code PS=1234}, {@code PID=...}, or {@code phased genotypes} for a VCF without PS. */
  public String phaseLabel() {
    if (phaseSet.equals("*")) {
      return "phased genotypes";
    }
    if (phaseSet.equals("homozygous")) {
      return "homozygous calls, on both copies";
    }
    if (phaseSet.startsWith("PID:")) {
      return "PID=" + phaseSet.substring(4);
    }
    return "PS=" + phaseSet;
  }

  private static String describe(List<SequenceVariant> variants) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < variants.size(); i++) {
      if (i > 0) {
        text.append(i == variants.size() - 1 ? " and " : ", ");
      }
      text.append(describe(variants.get(i)));
    }
    return text.toString();
  }

  /**
   * {@code a 1-bp insertion at 1:1000}, {@code a substitution C>A at 1:1002}: the kind of change at
   * the position of its VCF record.
   */
  static String describe(SequenceVariant variant) {
    String ref = variant.ref();
    String alt = variant.alt();
    int change = alt.length() - ref.length();
    String where = " at " + variant.contig() + ":" + variant.position();
    if (change > 0 && alt.startsWith(ref)) {
      return "a " + change + "-bp insertion" + where;
    }
    if (change < 0 && ref.startsWith(alt)) {
      return "a " + (-change) + "-bp deletion" + where;
    }
    if (ref.length() == 1 && alt.length() == 1) {
      return "a substitution " + ref + ">" + alt + where;
    }
    return "a deletion-insertion " + ref + ">" + alt + where;
  }
}
