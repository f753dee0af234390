package org.gms.genomics.pgx.definition;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gms.genomics.pgx.SnapshotFormat;

/**
 * The allele definitions in a compact binary form, read without a JSON parser at start-up. It holds
 * the definitions exactly as {@link AlleleDefinitionReader} reads them (exemptions applied) and the
 * digest of the JSON files it was made from, so that a reader can check it still matches them and
 * otherwise parse the JSON (see {@code PgxKnowledge}).
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): magic {@code GMSPGXD}, format version, source
 * digest, gene count, then per gene its fields in record order; a nullable string is a presence
 * byte and a modified-UTF-8 string; an allele's bases are written as (position index, base) pairs
 * for the positions it constrains.
 *
 * @param sourceDigest the digest of the definition files it was made from
 * @param definitions gene symbol to definition, in gene order
 */
public record DefinitionSnapshot(byte[] sourceDigest, Map<String, GeneDefinition> definitions) {

  private static final SnapshotFormat FORMAT =
      new SnapshotFormat("GMSPGXD", 1, "allele definition");

  public DefinitionSnapshot {
    sourceDigest = sourceDigest.clone();
    definitions = java.util.Collections.unmodifiableMap(new TreeMap<>(definitions));
  }

  @Override
  public byte[] sourceDigest() {
    return sourceDigest.clone();
  }

  /** Whether this snapshot was made from files with this digest. */
  public boolean madeFrom(byte[] digest) {
    return Arrays.equals(sourceDigest, digest);
  }

  public static DefinitionSnapshot of(byte[] sourceDigest, Collection<GeneDefinition> genes) {
    Map<String, GeneDefinition> byGene = new TreeMap<>();
    genes.forEach(gene -> byGene.put(gene.gene(), gene));
    return new DefinitionSnapshot(sourceDigest, byGene);
  }

  public void write(OutputStream target) throws IOException {
    DataOutputStream out = FORMAT.start(target, sourceDigest);
    out.writeInt(definitions.size());
    for (GeneDefinition gene : definitions.values()) {
      writeGene(out, gene);
    }
    out.flush();
  }

  /** Reads a snapshot; a stream that is not one (or of another format version) is an error. */
  public static DefinitionSnapshot read(InputStream source, String name) {
    return FORMAT.read(
        source,
        name,
        (in, digest) -> {
          int genes = in.readInt();
          List<GeneDefinition> read = new ArrayList<>(genes);
          for (int g = 0; g < genes; g++) {
            read.add(readGene(in));
          }
          return of(digest, read);
        });
  }

  private static void writeGene(DataOutputStream out, GeneDefinition gene) throws IOException {
    out.writeUTF(gene.gene());
    out.writeUTF(gene.chromosome());
    writeNullable(out, gene.genomeBuild());
    writeNullable(out, gene.version());
    writePositions(out, gene.positions());
    out.writeInt(gene.alleles().size());
    for (NamedAllele allele : gene.alleles()) {
      out.writeUTF(allele.name());
      writeNullable(out, allele.id());
      out.writeBoolean(allele.reference());
      List<String> bases = allele.bases();
      out.writeInt((int) bases.stream().filter(b -> b != null).count());
      for (int p = 0; p < bases.size(); p++) {
        if (bases.get(p) != null) {
          out.writeInt(p);
          out.writeUTF(bases.get(p));
        }
      }
    }
    writeStrings(
        out,
        new TreeMap<>(gene.coreAlleles())
            .entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toList());
    GeneExemption exemption = gene.exemption();
    out.writeInt(exemption.requiredPositions().size());
    for (long position : new TreeSet<>(exemption.requiredPositions())) {
      out.writeLong(position);
    }
    writeStrings(out, new ArrayList<>(new TreeSet<>(exemption.ignoredPositions())));
    writeStrings(out, new ArrayList<>(new TreeSet<>(exemption.ignoredAlleles())));
    writePositions(out, exemption.extraPositions());
    out.writeInt(exemption.unphasedPriorities().size());
    for (DiplotypePriority priority : exemption.unphasedPriorities()) {
      writeStrings(out, new ArrayList<>(new TreeSet<>(priority.candidates())));
      out.writeUTF(priority.pick());
    }
  }

  private static GeneDefinition readGene(DataInputStream in) throws IOException {
    String gene = in.readUTF();
    String chromosome = in.readUTF();
    String build = readNullable(in);
    String version = readNullable(in);
    List<DefinedPosition> positions = readPositions(in);
    int alleleCount = in.readInt();
    List<NamedAllele> alleles = new ArrayList<>(alleleCount);
    for (int a = 0; a < alleleCount; a++) {
      String name = in.readUTF();
      String id = readNullable(in);
      boolean reference = in.readBoolean();
      String[] bases = new String[positions.size()];
      int given = in.readInt();
      for (int b = 0; b < given; b++) {
        int p = in.readInt();
        bases[p] = in.readUTF();
      }
      alleles.add(new NamedAllele(name, id, reference, Arrays.asList(bases)));
    }
    List<String> cores = readStrings(in);
    Map<String, String> coreAlleles = new HashMap<>();
    for (int i = 0; i + 1 < cores.size(); i += 2) {
      coreAlleles.put(cores.get(i), cores.get(i + 1));
    }
    int requiredCount = in.readInt();
    Set<Long> required = new HashSet<>();
    for (int i = 0; i < requiredCount; i++) {
      required.add(in.readLong());
    }
    Set<String> ignoredPositions = new HashSet<>(readStrings(in));
    Set<String> ignoredAlleles = new HashSet<>(readStrings(in));
    List<DefinedPosition> extra = readPositions(in);
    int priorityCount = in.readInt();
    List<DiplotypePriority> priorities = new ArrayList<>(priorityCount);
    for (int i = 0; i < priorityCount; i++) {
      Set<String> candidates = new HashSet<>(readStrings(in));
      priorities.add(new DiplotypePriority(candidates, in.readUTF()));
    }
    return new GeneDefinition(
        gene,
        chromosome,
        build,
        version,
        positions,
        alleles,
        coreAlleles,
        new GeneExemption(required, ignoredPositions, ignoredAlleles, extra, priorities));
  }

  private static void writePositions(DataOutputStream out, List<DefinedPosition> positions)
      throws IOException {
    out.writeInt(positions.size());
    for (DefinedPosition position : positions) {
      out.writeUTF(position.chromosome());
      out.writeLong(position.position());
      writeNullable(out, position.rsid());
      writeNullable(out, position.hgvs());
      out.writeUTF(position.ref());
      writeStrings(out, position.alts());
    }
  }

  private static List<DefinedPosition> readPositions(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<DefinedPosition> positions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String chromosome = in.readUTF();
      long position = in.readLong();
      String rsid = readNullable(in);
      String hgvs = readNullable(in);
      String ref = in.readUTF();
      positions.add(new DefinedPosition(chromosome, position, rsid, hgvs, ref, readStrings(in)));
    }
    return positions;
  }

  private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(in.readUTF());
    }
    return values;
  }

  private static void writeNullable(DataOutputStream out, String value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
