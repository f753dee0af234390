package org.gms.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Queries asked of a store, with a checksum of each answer, as a text file, so that another engine
 * (Spark) can ask the same questions of the same files and show that it answers the same. Lines are
 * tab-separated: {@code allow, name, i1,i2,...} for each allow-list, then {@code query, kind, allow
 * name, build, contig, from, to, ref, alt, checksum}, where ref and alt are {@code -} for a region
 * query and {@code =} followed by the allele for an exact variant.
 */
public final class QueryFile {

  /** One query and the checksum of its answer ({@link #checksum}). */
  public record Asked(String kind, String allowed, Region region, Variant exact, long checksum) {

    public Asked {
      if (kind.contains("\t") || allowed.contains("\t")) {
        throw new IllegalArgumentException(
            "Query kind '" + kind + "' and list '" + allowed + "': no tabs in names");
      }
    }
  }

  /** What a file holds: the allow-lists by name, and the queries in the order asked. */
  public record Contents(Map<String, AllowList> lists, List<Asked> queries) {}

  private QueryFile() {}

  /** A checksum of an answer (CRC-32 of its text: every variant, count and the carriers). */
  public static long checksum(RegionAnswer answer) {
    CRC32 crc = new CRC32();
    crc.update(answer.toString().getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  public static void write(Path file, Map<String, AllowList> lists, List<Asked> queries)
      throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, AllowList> list : lists.entrySet()) {
        StringBuilder line = new StringBuilder("allow\t").append(list.getKey()).append('\t');
        int[] individuals = list.getValue().individuals();
        for (int i = 0; i < individuals.length; i++) {
          line.append(i == 0 ? "" : ",").append(individuals[i]);
        }
        out.write(line.append('\n').toString());
      }
      for (Asked q : queries) {
        Region r = q.region();
        out.write(
            String.join(
                    "\t",
                    "query",
                    q.kind(),
                    q.allowed(),
                    r.build(),
                    r.contig(),
                    Long.toString(r.from()),
                    Long.toString(r.to()),
                    q.exact() == null ? "-" : "=" + q.exact().ref(),
                    q.exact() == null ? "-" : "=" + q.exact().alt(),
                    Long.toString(q.checksum()))
                + "\n");
      }
    }
  }

  public static Contents read(Path file) throws IOException {
    Map<String, AllowList> lists = new LinkedHashMap<>();
    List<Asked> queries = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String[] f = line.split("\t", -1);
        if (f[0].equals("allow") && f.length == 3) {
          lists.put(
              f[1],
              AllowList.of(
                  f[2].isEmpty()
                      ? new int[0]
                      : Arrays.stream(f[2].split(",")).mapToInt(Integer::parseInt).toArray()));
        } else if (f[0].equals("query") && f.length == 10 && lists.containsKey(f[2])) {
          Region region = new Region(f[3], f[4], Long.parseLong(f[5]), Long.parseLong(f[6]));
          Variant exact =
              f[7].equals("-")
                  ? null
                  : new Variant(f[3], f[4], region.from(), f[7].substring(1), f[8].substring(1));
          queries.add(new Asked(f[1], f[2], region, exact, Long.parseLong(f[9])));
        } else {
          throw new IOException(
              "Query file "
                  + file
                  + ", line "
                  + number
                  + ": expected 'allow' with 3 fields or 'query' with 10 naming a list given"
                  + " above; write the file again with ./gms benchmark cohort --query-file");
        }
      }
    }
    return new Contents(lists, queries);
  }
}
