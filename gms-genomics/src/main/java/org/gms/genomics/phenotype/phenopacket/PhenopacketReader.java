package org.gms.genomics.phenotype.phenopacket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gms.genomics.GenomicsException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads GA4GH phenopacket v2 JSON files (as published in the phenopacket-store). */
public final class PhenopacketReader {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private PhenopacketReader() {}

  /** Every {@code *.json} file below the folder (recursively), in path order. */
  public static List<Phenopacket> readAll(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new GenomicsException(
          "Phenopacket folder not found: " + folder + ". Give a folder holding *.json files.");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
      files =
          walk.filter(p -> p.getFileName().toString().endsWith(".json"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
    return files.parallelStream().map(PhenopacketReader::read).toList();
  }

  public static Phenopacket read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file);
    } catch (JacksonException e) {
      throw new GenomicsException(
          file + " is not valid JSON (" + e.getOriginalMessage() + "); expected a phenopacket");
    }
    if (!root.path("id").isString()) {
      throw new GenomicsException(
          file + " has no phenopacket \"id\"; expected a GA4GH phenopacket v2 JSON file");
    }
    List<String> observed = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    for (JsonNode feature : root.path("phenotypicFeatures")) {
      String term = feature.path("type").path("id").asString("");
      if (term.isEmpty()) {
        throw new GenomicsException(file + ": a phenotypicFeatures entry has no type.id");
      }
      (feature.path("excluded").asBoolean(false) ? excluded : observed).add(term);
    }
    JsonNode diagnosis = root.path("interpretations").path(0).path("diagnosis");
    List<CausativeVariant> variants = new ArrayList<>();
    for (JsonNode interpretation : diagnosis.path("genomicInterpretations")) {
      JsonNode descriptor =
          interpretation.path("variantInterpretation").path("variationDescriptor");
      if (!descriptor.isMissingNode()) {
        variants.add(variant(descriptor));
      }
    }
    String disease = diagnosis.path("disease").path("id").asString("");
    return new Phenopacket(
        root.path("id").asString(), file.toString(), observed, excluded, disease, variants);
  }

  private static CausativeVariant variant(JsonNode descriptor) {
    String c = "";
    String p = "";
    String g = "";
    for (JsonNode expression : descriptor.path("expressions")) {
      String value = expression.path("value").asString("");
      switch (expression.path("syntax").asString("")) {
        case "hgvs.c" -> c = value;
        case "hgvs.p" -> p = value;
        case "hgvs.g" -> g = value;
        default -> {
          // other syntaxes (SPDI, ISCN) carry no consequence we read
        }
      }
    }
    JsonNode gene = descriptor.path("geneContext");
    return new CausativeVariant(
        gene.path("symbol").asString(""),
        gene.path("valueId").asString(""),
        c,
        p,
        g,
        descriptor.path("structuralType").path("label").asString(""),
        descriptor.path("allelicState").path("label").asString(""));
  }
}
