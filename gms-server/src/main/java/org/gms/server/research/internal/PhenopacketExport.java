package org.gms.server.research.internal;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import java.time.Instant;
import org.gms.genomics.phenotype.HpoOntology;
import org.gms.genomics.phenotype.HpoTermId;
import org.gms.genomics.phenotype.PhenotypeKnowledge;
import org.gms.server.research.ResearchIndividual;
import org.phenopackets.schema.v2.Phenopacket;
import org.phenopackets.schema.v2.core.Individual;
import org.phenopackets.schema.v2.core.MetaData;
import org.phenopackets.schema.v2.core.OntologyClass;
import org.phenopackets.schema.v2.core.PhenotypicFeature;
import org.phenopackets.schema.v2.core.Resource;
import org.phenopackets.schema.v2.core.Sex;
import org.springframework.stereotype.Component;

/**
 * Research individuals as GA4GH Phenopackets v2, built with the schema's own classes (so what is
 * written is the schema) and printed as its canonical JSON.
 */
@Component
class PhenopacketExport {

  String toJson(ResearchIndividual individual, Instant created) {
    HpoOntology hpo = PhenotypeKnowledge.bundled().ontology();
    Phenopacket.Builder packet =
        Phenopacket.newBuilder()
            .setId(individual.id())
            .setSubject(
                Individual.newBuilder().setId(individual.id()).setSex(sex(individual.sex())));
    for (String term : individual.phenotypes()) {
      String label = term;
      try {
        HpoTermId id = HpoTermId.parse(term);
        label = hpo.contains(id) ? hpo.name(id) : term;
      } catch (IllegalArgumentException e) {
        // an id kept as written on the request
      }
      packet.addPhenotypicFeatures(
          PhenotypicFeature.newBuilder()
              .setType(OntologyClass.newBuilder().setId(term).setLabel(label)));
    }
    packet.setMetaData(
        MetaData.newBuilder()
            .setCreated(
                Timestamp.newBuilder()
                    .setSeconds(created.getEpochSecond())
                    .setNanos(created.getNano()))
            .setCreatedBy("GMS research view")
            .setPhenopacketSchemaVersion("2.0")
            .addResources(
                Resource.newBuilder()
                    .setId("hp")
                    .setName("human phenotype ontology")
                    .setNamespacePrefix("HP")
                    .setUrl("http://purl.obolibrary.org/obo/hp.owl")
                    .setVersion(hpo.version())
                    .setIriPrefix("http://purl.obolibrary.org/obo/HP_")));
    try {
      return JsonFormat.printer().print(packet);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("A phenopacket built from the schema prints as JSON", e);
    }
  }

  private static Sex sex(String sex) {
    return switch (sex) {
      case "FEMALE" -> Sex.FEMALE;
      case "MALE" -> Sex.MALE;
      case "OTHER" -> Sex.OTHER_SEX;
      default -> Sex.UNKNOWN_SEX;
    };
  }
}
