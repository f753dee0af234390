package org.gms.genomics.pgx.recommendation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gms.genomics.pgx.SnapshotFormat;
import org.gms.genomics.pgx.phenotype.GuidelineSource;

/**
 * The guideline annotations in a compact binary form, read without a JSON parser at start-up:
 * exactly what {@link GuidelineReader} reads, in the same order, with the digest of the JSON files
 * it was made from so that a reader can check it still matches them (see {@code PgxKnowledge}).
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): magic {@code GMSPGXG}, format version, source
 * digest, guideline count, then each guideline's fields in record order; strings are a length
 * ({@code -1} for null) and UTF-8 bytes; maps are written in key order.
 *
 * @param sourceDigest the digest of the guideline files it was made from
 * @param guidelines the guidelines
 */
public record GuidelineSnapshot(byte[] sourceDigest, List<Guideline> guidelines) {

  private static final SnapshotFormat FORMAT = new SnapshotFormat("GMSPGXG", 1, "guideline");

  public GuidelineSnapshot {
    sourceDigest = sourceDigest.clone();
    guidelines = List.copyOf(guidelines);
  }

  @Override
  public byte[] sourceDigest() {
    return sourceDigest.clone();
  }

  /** Whether this snapshot was made from files with this digest. */
  public boolean madeFrom(byte[] digest) {
    return Arrays.equals(sourceDigest, digest);
  }

  public void write(OutputStream target) throws IOException {
    DataOutputStream out = FORMAT.start(target, sourceDigest);
    out.writeInt(guidelines.size());
    for (Guideline guideline : guidelines) {
      string(out, guideline.id());
      string(out, guideline.name());
      string(out, guideline.source().name());
      string(out, guideline.url());
      string(out, guideline.version());
      strings(out, guideline.drugs());
      strings(out, guideline.genes());
      out.writeInt(guideline.recommendations().size());
      for (GuidelineRecommendation rec : guideline.recommendations()) {
        string(out, rec.id());
        strings(out, rec.drugs());
        string(out, rec.population());
        string(out, rec.strength());
        string(out, rec.text());
        strings(out, rec.implications());
        Map<String, String> phenotypeKeys = new TreeMap<>(rec.phenotypeKeys());
        out.writeInt(phenotypeKeys.size());
        for (Map.Entry<String, String> key : phenotypeKeys.entrySet()) {
          string(out, key.getKey());
          string(out, key.getValue());
        }
        Map<String, Map<String, Integer>> diplotypeKeys = new TreeMap<>(rec.diplotypeKeys());
        out.writeInt(diplotypeKeys.size());
        for (Map.Entry<String, Map<String, Integer>> key : diplotypeKeys.entrySet()) {
          string(out, key.getKey());
          Map<String, Integer> counts = new TreeMap<>(key.getValue());
          out.writeInt(counts.size());
          for (Map.Entry<String, Integer> count : counts.entrySet()) {
            string(out, count.getKey());
            out.writeInt(count.getValue());
          }
        }
        out.writeBoolean(rec.change().dosing());
        out.writeBoolean(rec.change().alternateDrug());
        out.writeBoolean(rec.change().otherGuidance());
      }
    }
    out.flush();
  }

  /** Reads a snapshot; a stream that is not one (or of another format version) is an error. */
  public static GuidelineSnapshot read(InputStream input, String name) {
    return FORMAT.read(
        input,
        name,
        (in, digest) -> {
          int count = in.readInt();
          List<Guideline> guidelines = new ArrayList<>(count);
          for (int g = 0; g < count; g++) {
            String id = string(in);
            String title = string(in);
            GuidelineSource source = GuidelineSource.valueOf(string(in));
            String url = string(in);
            String version = string(in);
            List<String> drugs = strings(in);
            List<String> genes = strings(in);
            int recCount = in.readInt();
            List<GuidelineRecommendation> recs = new ArrayList<>(recCount);
            for (int r = 0; r < recCount; r++) {
              recs.add(recommendation(in));
            }
            guidelines.add(new Guideline(id, title, source, url, version, drugs, genes, recs));
          }
          return new GuidelineSnapshot(digest, guidelines);
        });
  }

  private static GuidelineRecommendation recommendation(DataInputStream in) throws IOException {
    String id = string(in);
    List<String> drugs = strings(in);
    String population = string(in);
    String strength = string(in);
    String text = string(in);
    List<String> implications = strings(in);
    int phenotypeCount = in.readInt();
    Map<String, String> phenotypeKeys = new HashMap<>();
    for (int i = 0; i < phenotypeCount; i++) {
      phenotypeKeys.put(string(in), string(in));
    }
    int diplotypeCount = in.readInt();
    Map<String, Map<String, Integer>> diplotypeKeys = new HashMap<>();
    for (int i = 0; i < diplotypeCount; i++) {
      String gene = string(in);
      int alleles = in.readInt();
      Map<String, Integer> counts = new HashMap<>();
      for (int a = 0; a < alleles; a++) {
        counts.put(string(in), in.readInt());
      }
      diplotypeKeys.put(gene, counts);
    }
    PrescribingChange change =
        new PrescribingChange(in.readBoolean(), in.readBoolean(), in.readBoolean());
    return new GuidelineRecommendation(
        id, drugs, population, strength, text, implications, phenotypeKeys, diplotypeKeys, change);
  }

  private static void string(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String string(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      string(out, value);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(string(in));
    }
    return values;
  }
}
