package org.gms.genomics.phenotype;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gms.genomics.GenomicsException;

/**
 * Reads the OBO 1.2 flat-file form of HPO ({@code hp.obo}). Only {@code [Term]} stanzas are read,
 * and of them only the fields the matching needs: {@code id}, {@code name}, {@code alt_id}, {@code
 * is_a}, {@code is_obsolete}, {@code replaced_by} and {@code consider}. Everything else is ignored,
 * so a copy stripped down to those fields reads the same.
 */
final class OboReader {

  /** Replacement chains longer than this are treated as a cycle in the file. */
  private static final int MAX_REPLACEMENT_HOPS = 16;

  private final String source;
  private final List<Stanza> stanzas = new ArrayList<>();
  private String version = "unknown";

  OboReader(String source) {
    this.source = source;
  }

  private static final class Stanza {
    final int line;
    HpoTermId id;
    String name = "";
    boolean obsolete;
    final List<HpoTermId> altIds = new ArrayList<>();
    final List<HpoTermId> isA = new ArrayList<>();
    final List<Integer> isALines = new ArrayList<>();
    final List<HpoTermId> replacedBy = new ArrayList<>();
    final List<HpoTermId> consider = new ArrayList<>();

    Stanza(int line) {
      this.line = line;
    }
  }

  HpoOntology read(BufferedReader reader) throws IOException {
    Stanza current = null;
    boolean inTerm = false;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.startsWith("[")) {
        inTerm = line.strip().equals("[Term]");
        current = inTerm ? new Stanza(lineNumber) : null;
        if (inTerm) {
          stanzas.add(current);
        }
        continue;
      }
      int colon = line.indexOf(": ");
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon);
      String value = line.substring(colon + 2).strip();
      if (!inTerm) {
        if (current == null && key.equals("data-version")) {
          version = value;
        }
        continue;
      }
      switch (key) {
        case "id" -> current.id = termId(value, lineNumber);
        case "name" -> current.name = value;
        case "alt_id" -> current.altIds.add(termId(value, lineNumber));
        case "is_a" -> {
          current.isA.add(termId(firstToken(value), lineNumber));
          current.isALines.add(lineNumber);
        }
        case "is_obsolete" -> current.obsolete = value.equals("true");
        case "replaced_by" -> current.replacedBy.add(termId(value, lineNumber));
        case "consider" -> current.consider.add(termId(value, lineNumber));
        default -> {
          // not needed for matching
        }
      }
    }
    return build();
  }

  private HpoOntology build() {
    List<Stanza> live = new ArrayList<>();
    Map<Integer, Stanza> obsolete = new HashMap<>();
    for (Stanza stanza : stanzas) {
      if (stanza.id == null) {
        throw error(stanza.line, "[Term] stanza without an id");
      }
      if (stanza.obsolete) {
        obsolete.put(stanza.id.number(), stanza);
      } else {
        live.add(stanza);
      }
    }
    live.sort((a, b) -> a.id.compareTo(b.id));
    int[] numbers = live.stream().mapToInt(s -> s.id.number()).toArray();
    for (int i = 1; i < numbers.length; i++) {
      if (numbers[i] == numbers[i - 1]) {
        throw error(live.get(i).line, "term " + live.get(i).id + " is defined twice");
      }
    }
    String[] names = live.stream().map(s -> s.name).toArray(String[]::new);
    int[][] parents = new int[live.size()][];
    for (int i = 0; i < live.size(); i++) {
      Stanza stanza = live.get(i);
      parents[i] = new int[stanza.isA.size()];
      for (int p = 0; p < stanza.isA.size(); p++) {
        int parent = Arrays.binarySearch(numbers, stanza.isA.get(p).number());
        if (parent < 0) {
          throw error(
              stanza.isALines.get(p),
              stanza.id + " is_a " + stanza.isA.get(p) + ", which is not a current term");
        }
        parents[i][p] = parent;
      }
    }
    int[][] ancestors = new Ancestry(parents, live).compute();
    Map<Integer, TermResolution> redirects = new HashMap<>();
    for (Stanza stanza : live) {
      for (HpoTermId alt : stanza.altIds) {
        redirects.put(
            alt.number(),
            new TermResolution(alt, TermResolution.Status.ALT_ID, List.of(stanza.id)));
      }
    }
    for (Stanza stanza : obsolete.values()) {
      TermResolution resolution = obsoleteResolution(stanza, numbers, obsolete, redirects);
      redirects.put(stanza.id.number(), resolution);
      for (HpoTermId alt : stanza.altIds) {
        redirects.putIfAbsent(
            alt.number(), new TermResolution(alt, resolution.status(), resolution.candidates()));
      }
    }
    return new HpoOntology(version, numbers, names, parents, ancestors, redirects);
  }

  /** Follows replaced_by (and a single consider) until a current term, or gives up clearly. */
  private TermResolution obsoleteResolution(
      Stanza stanza,
      int[] numbers,
      Map<Integer, Stanza> obsolete,
      Map<Integer, TermResolution> alternates) {
    Stanza step = stanza;
    for (int hop = 0; hop < MAX_REPLACEMENT_HOPS; hop++) {
      List<HpoTermId> targets = step.replacedBy.isEmpty() ? step.consider : step.replacedBy;
      TermResolution.Status status =
          step.replacedBy.isEmpty()
              ? TermResolution.Status.CONSIDER
              : TermResolution.Status.REPLACED_BY;
      if (targets.isEmpty()) {
        return new TermResolution(stanza.id, TermResolution.Status.OBSOLETE, List.of());
      }
      if (targets.size() > 1) {
        return new TermResolution(
            stanza.id, TermResolution.Status.OBSOLETE_AMBIGUOUS, List.copyOf(targets));
      }
      HpoTermId target = targets.get(0);
      if (Arrays.binarySearch(numbers, target.number()) >= 0) {
        return new TermResolution(stanza.id, status, List.of(target));
      }
      TermResolution viaAlternate = alternates.get(target.number());
      if (viaAlternate != null) {
        return new TermResolution(stanza.id, status, viaAlternate.candidates());
      }
      step = obsolete.get(target.number());
      if (step == null) {
        throw error(stanza.line, stanza.id + " points to " + target + ", which the file lacks");
      }
    }
    throw error(stanza.line, "replacement chain of " + stanza.id + " does not end");
  }

  private static String firstToken(String value) {
    int space = value.indexOf(' ');
    return space < 0 ? value : value.substring(0, space);
  }

  private HpoTermId termId(String value, int line) {
    try {
      return HpoTermId.parse(value);
    } catch (IllegalArgumentException e) {
      throw error(line, e.getMessage());
    }
  }

  private GenomicsException error(int line, String message) {
    return new GenomicsException(source + " line " + line + ": " + message);
  }

  /** Computes every term's ancestors (itself included) once, memoised, refusing cycles. */
  private final class Ancestry {
    private final int[][] parents;
    private final List<Stanza> terms;
    private final int[][] result;
    private final boolean[] visiting;

    Ancestry(int[][] parents, List<Stanza> terms) {
      this.parents = parents;
      this.terms = terms;
      this.result = new int[parents.length][];
      this.visiting = new boolean[parents.length];
    }

    int[][] compute() {
      for (int term = 0; term < parents.length; term++) {
        ancestors(term);
      }
      return result;
    }

    private int[] ancestors(int term) {
      if (result[term] != null) {
        return result[term];
      }
      if (visiting[term]) {
        throw error(terms.get(term).line, "is_a cycle through " + terms.get(term).id);
      }
      visiting[term] = true;
      int[] merged = {term};
      for (int parent : parents[term]) {
        merged = union(merged, ancestors(parent));
      }
      visiting[term] = false;
      result[term] = merged;
      return merged;
    }

    private int[] union(int[] a, int[] b) {
      int[] out = new int[a.length + b.length];
      int i = 0;
      int j = 0;
      int n = 0;
      while (i < a.length || j < b.length) {
        int next;
        if (j >= b.length || (i < a.length && a[i] < b[j])) {
          next = a[i++];
        } else if (i >= a.length || b[j] < a[i]) {
          next = b[j++];
        } else {
          next = a[i++];
          j++;
        }
        out[n++] = next;
      }
      return Arrays.copyOf(out, n);
    }
  }
}
