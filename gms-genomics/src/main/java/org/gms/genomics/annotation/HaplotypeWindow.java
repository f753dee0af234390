package org.gms.genomics.annotation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.gms.genomics.reference.ContigName;
import org.gms.genomics.variant.Genotype;
import org.gms.genomics.variant.SequenceVariant;
import org.gms.genomics.variant.VcfRecord;

/**
 * Holds annotated records back, in input order, until the joint effects of the phased alleles among
 * them are known ({@link Annotator#jointEffects}), then releases each record with the joint effects
 * of its alleles, per sample. A sample's allele takes part when its genotype is phased and
 * heterozygous ({@code 0|1}, with its PS) or homozygous, and it hits an exon of a coding
 * transcript; it can share a transcript only with alleles within the longest transcript's span, so
 * a record is held until the reading has passed that far beyond its phased coding alleles, or
 * another contig begins. Records without such alleles before them pass at once. Used on one thread
 * (the writer's).
 *
 * @param <T> the record's prepared output
 */
final class HaplotypeWindow<T> {

  /** Terms of alleles that touch a coding exon, the candidates for a joint effect. */
  private static final Set<Consequence> CODING =
      EnumSet.of(
          Consequence.STOP_GAINED,
          Consequence.FRAMESHIFT_VARIANT,
          Consequence.STOP_LOST,
          Consequence.START_LOST,
          Consequence.INFRAME_INSERTION,
          Consequence.INFRAME_DELETION,
          Consequence.MISSENSE_VARIANT,
          Consequence.SPLICE_REGION_VARIANT,
          Consequence.START_RETAINED_VARIANT,
          Consequence.STOP_RETAINED_VARIANT,
          Consequence.SYNONYMOUS_VARIANT,
          Consequence.CODING_SEQUENCE_VARIANT);

  /**
   * One sample's phased or homozygous call of an allele that touches a coding exon.
   *
   * @param sample the sample's column (0-based)
   * @param allele the ALT allele's index in the record (0-based)
   * @param query the allele as annotated (normalised)
   * @param input the allele as the VCF wrote it
   * @param genotype {@code 1|0}, {@code 0|1} or {@code 1/1} for this allele
   * @param phaseSet the PS value, or null
   */
  record Member(
      int sample,
      int allele,
      SequenceVariant query,
      SequenceVariant input,
      String genotype,
      String phaseSet) {}

  /**
   * A joint effect to report on one allele of a record, for one sample.
   *
   * @param phaseSet the PS value, "" for phased genotypes without one, or {@link
   *     PhasedHaplotypes#HOMOZYGOUS}
   * @param partners the other alleles combined, as the VCF wrote them
   */
  record Note(
      int allele,
      int sample,
      String phaseSet,
      JointEffect effect,
      List<SequenceVariant> partners) {}

  /** A record let go with its prepared output and the joint effects of its alleles. */
  record Released<T>(VcfRecord record, T output, List<Note> notes) {}

  private static final class Held<T> {
    final VcfRecord record;
    final T output;
    final List<Note> notes = new ArrayList<>();
    int open;

    Held(VcfRecord record, T output) {
      this.record = record;
      this.output = output;
    }
  }

  private record Placed<T>(Member member, Held<T> owner, long position) {}

  private final Annotator annotator;
  private final long reach;
  private final Consumer<Released<T>> sink;
  private final Deque<Held<T>> queue = new ArrayDeque<>();
  private final List<Placed<T>> open = new ArrayList<>();
  private final List<Placed<T>> kept = new ArrayList<>();
  private String contig;

  HaplotypeWindow(Annotator annotator, Consumer<Released<T>> sink) {
    this.annotator = annotator;
    this.reach = Math.max(1, annotator.longestTranscriptSpan());
    this.sink = sink;
  }

  /**
   * The phased or homozygous calls, per sample, of the record's annotated alleles that touch a
   * coding exon (safe to call on any thread).
   */
  static List<Member> members(
      VcfRecord record, List<AnnotatedAllele> alleles, List<SequenceVariant> queries) {
    List<Member> members = new ArrayList<>();
    int samples = record.header().samples().size();
    for (int a = 0; a < alleles.size(); a++) {
      AnnotatedAllele allele = alleles.get(a);
      if (allele.annotation() == null || !touchesCodingExon(allele.annotation())) {
        continue;
      }
      int index = a + 1;
      for (int s = 0; s < samples; s++) {
        Genotype gt = record.genotype(s);
        int copies = gt.copiesOf(index);
        String genotype;
        if (gt.alleles().size() == 2 && copies == 2) {
          genotype = "1/1";
        } else if (gt.phased() && gt.alleles().size() == 2 && copies == 1) {
          genotype = gt.alleles().get(0) == index ? "1|0" : "0|1";
        } else {
          continue;
        }
        OptionalLong ps = record.phaseSet(s);
        members.add(
            new Member(
                s,
                a,
                queries.get(a),
                allele.annotation().variant(),
                genotype,
                ps.isPresent() ? Long.toString(ps.getAsLong()) : null));
      }
    }
    return members;
  }

  private static boolean touchesCodingExon(VariantAnnotation annotation) {
    for (TranscriptAnnotation t : annotation.annotations()) {
      if (t.exon() != null && t.consequences().stream().anyMatch(CODING::contains)) {
        return true;
      }
    }
    return false;
  }

  /** Takes the next record in input order, with its output and its members. */
  void add(VcfRecord record, T output, List<Member> members) {
    String recordContig = ContigName.canonical(record.contig());
    long position = record.position();
    if (contig != null && !contig.equals(recordContig)) {
      close(List.copyOf(open));
      kept.clear();
    } else {
      close(open.stream().filter(p -> p.position() + reach < position).toList());
      kept.removeIf(p -> p.position() + 2 * reach < position);
    }
    contig = recordContig;
    Held<T> held = new Held<>(record, output);
    queue.add(held);
    for (Member member : members) {
      Placed<T> placed = new Placed<>(member, held, position);
      open.add(placed);
      kept.add(placed);
      held.open++;
    }
    release();
  }

  /** Releases everything still held: the input has ended. */
  void finish() {
    close(List.copyOf(open));
    release();
  }

  /** Computes the joint effects of closing members, one set of haplotypes per sample. */
  private void close(List<Placed<T>> closing) {
    if (closing.isEmpty()) {
      return;
    }
    open.removeAll(closing);
    Map<Integer, List<Placed<T>>> bySample = new LinkedHashMap<>();
    closing.forEach(
        p -> bySample.computeIfAbsent(p.member().sample(), k -> new ArrayList<>()).add(p));
    bySample.forEach(
        (sample, ending) -> {
          List<PhasedHaplotypes.Call> calls = new ArrayList<>();
          Map<SequenceVariant, SequenceVariant> asInput = new HashMap<>();
          for (Placed<T> p : kept) {
            if (p.member().sample() == sample) {
              Member m = p.member();
              calls.add(new PhasedHaplotypes.Call(m.query(), m.genotype(), m.phaseSet()));
              asInput.put(m.query(), m.input());
            }
          }
          Set<SequenceVariant> endingQueries = new HashSet<>();
          ending.forEach(p -> endingQueries.add(p.member().query()));
          for (PhasedHaplotypes.Haplotype haplotype : PhasedHaplotypes.haplotypes(calls)) {
            if (haplotype.variants().stream().noneMatch(endingQueries::contains)) {
              continue;
            }
            for (JointEffect effect : annotator.jointEffects(haplotype.variants())) {
              for (Placed<T> p : ending) {
                SequenceVariant query = p.member().query();
                if (!effect.involves(query) || !on(p.member(), haplotype)) {
                  continue;
                }
                List<SequenceVariant> partners =
                    effect.variants().stream()
                        .filter(v -> !v.equals(query))
                        .map(v -> asInput.getOrDefault(v, v))
                        .toList();
                p.owner()
                    .notes
                    .add(
                        new Note(
                            p.member().allele(), sample, haplotype.phaseSet(), effect, partners));
              }
            }
          }
          ending.forEach(p -> p.owner().open--);
        });
  }

  /** Whether the member's call lies on this haplotype (the same allele may be called twice). */
  private static boolean on(Member member, PhasedHaplotypes.Haplotype haplotype) {
    if (member.genotype().equals("1/1")) {
      return true;
    }
    String set = member.phaseSet() == null ? "" : member.phaseSet();
    int side = member.genotype().equals("1|0") ? 0 : 1;
    return set.equals(haplotype.phaseSet()) && side == haplotype.side();
  }

  private void release() {
    while (!queue.isEmpty() && queue.peek().open == 0) {
      Held<T> held = queue.poll();
      sink.accept(new Released<>(held.record, held.output, List.copyOf(held.notes)));
    }
  }
}
