package org.gms.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gms.benchmarks.support.SharedReference;
import org.gms.genomics.GenomicsException;

/** The shared real data the benchmark runs on. */
record AnnotateInputs(
    List<Path> transcripts,
    List<Path> sequences,
    List<Path> reference,
    Path clinvar,
    List<Path> templates) {

  static AnnotateInputs find() {
    List<String> all = new ArrayList<>();
    for (List<String> files :
        List.of(
            BenchmarkAnnotateCommand.TRANSCRIPTS,
            BenchmarkAnnotateCommand.SEQUENCES,
            BenchmarkAnnotateCommand.REFERENCE,
            BenchmarkAnnotateCommand.CLINVAR,
            BenchmarkAnnotateCommand.TEMPLATES)) {
      all.addAll(files);
    }
    Path root =
        SharedReference.rootWith(all)
            .orElseThrow(
                () ->
                    new GenomicsException(
                        "This benchmark runs on the shared reference data (transcripts,"
                            + " reference pieces, ClinVar and real VCFs); it was not found: "
                            + SharedReference.whereLooked()
                            + "."));
    return new AnnotateInputs(
        resolve(root, BenchmarkAnnotateCommand.TRANSCRIPTS),
        resolve(root, BenchmarkAnnotateCommand.SEQUENCES),
        resolve(root, BenchmarkAnnotateCommand.REFERENCE),
        root.resolve(BenchmarkAnnotateCommand.CLINVAR.get(0)),
        resolve(root, BenchmarkAnnotateCommand.TEMPLATES));
  }

  private static List<Path> resolve(Path root, List<String> relative) {
    return relative.stream().map(root::resolve).toList();
  }
}
