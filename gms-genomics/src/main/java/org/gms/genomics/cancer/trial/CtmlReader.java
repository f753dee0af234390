package org.gms.genomics.cancer.trial;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads MatchMiner CTML trials: a JSON object, a JSON array of trials, several JSON documents one
 * after another, or YAML (one or more documents). Each trial's arms are the {@code arm}s of its
 * {@code treatment_list.step}s; an arm's criteria are its {@code match} and the trial's.
 */
public final class CtmlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CtmlReader() {}

  /** Reads a file (YAML when it ends in .yml/.yaml). */
  public static List<Trial> read(Path file) {
    try {
      return read(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads the content of a file of that name. */
  public static List<Trial> read(String fileName, byte[] content) {
    return documents(fileName, content).stream()
        .flatMap(d -> trials(fileName, d).stream())
        .toList();
  }

  /** The documents of a file as JSON trees (YAML converted), for storing as JSON. */
  public static List<JsonNode> documents(String fileName, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    String lower = fileName.toLowerCase(Locale.ROOT);
    List<JsonNode> docs = new ArrayList<>();
    if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
      try {
        for (Object doc :
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(new StringReader(text))) {
          if (doc != null) {
            docs.add(JSON.valueToTree(doc));
          }
        }
      } catch (MarkedYAMLException e) {
        throw new TrialFormatException(
            fileName,
            "line " + (e.getProblemMark().getLine() + 1),
            "not valid YAML (" + e.getProblem() + "); fix the indentation or quoting there");
      } catch (RuntimeException e) {
        throw new TrialFormatException(fileName, "", "not valid YAML: " + e.getMessage());
      }
    } else {
      try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(text)) {
        while (it.hasNextValue()) {
          docs.add(it.nextValue());
        }
      } catch (JacksonException e) {
        String where =
            e.getLocation() == null
                ? ""
                : "line "
                    + e.getLocation().getLineNr()
                    + ", column "
                    + e.getLocation().getColumnNr();
        throw new TrialFormatException(
            fileName,
            where,
            "not valid JSON ("
                + e.getOriginalMessage()
                + "); CTML files are JSON or YAML (.yml/.yaml)");
      }
    }
    if (docs.isEmpty()) {
      throw new TrialFormatException(fileName, "", "the file holds no trial");
    }
    return docs;
  }

  /** The trials of one document (an object, or an array of trial objects). */
  public static List<Trial> trials(String fileName, JsonNode doc) {
    List<Trial> trials = new ArrayList<>();
    if (doc.isArray()) {
      for (int i = 0; i < doc.size(); i++) {
        trials.add(trial(fileName, doc.get(i), "[" + i + "]"));
      }
    } else {
      trials.add(trial(fileName, doc, ""));
    }
    return trials;
  }

  private static Trial trial(String fileName, JsonNode t, String at) {
    CtmlCriteria criteria = new CtmlCriteria(fileName, OncotreeNames.bundled());
    String root = at.isEmpty() ? "" : at + ".";
    if (!t.isObject()) {
      throw criteria.error(at, "expected a trial object");
    }
    String id = text(t, "nct_id");
    if (id.isEmpty()) {
      id = text(t, "protocol_no");
    }
    if (id.isEmpty()) {
      throw criteria.error(at, "the trial has neither nct_id nor protocol_no; add its NCT number");
    }
    JsonNode steps = t.path("treatment_list").path("step");
    if (!steps.isArray() || steps.isEmpty()) {
      throw criteria.error(
          root + "treatment_list.step",
          "trial " + id + " has no treatment_list.step[]; a CTML trial lists its arms there");
    }
    Criterion trialLevel = t.has("match") ? criteria.match(t.get("match"), root + "match") : null;
    String status = text(t, "status");
    boolean open = status.isEmpty() || status.toLowerCase(Locale.ROOT).startsWith("open");
    List<Arm> arms = new ArrayList<>();
    for (int s = 0; s < steps.size(); s++) {
      JsonNode step = steps.get(s);
      List<JsonNode> armList = new ArrayList<>();
      step.path("arm").forEach(armList::add);
      boolean stepOnly = armList.isEmpty() && step.has("match");
      if (stepOnly) {
        armList.add(step); // a step with its own match and no arms is matched as one arm
      }
      for (int a = 0; a < armList.size(); a++) {
        String armAt =
            root + "treatment_list.step[" + s + "]" + (stepOnly ? "" : ".arm[" + a + "]");
        JsonNode arm = armList.get(a);
        String code = stepOnly ? "step " + text(arm, "step_code") : text(arm, "arm_code");
        String description = text(arm, "arm_description");
        if (code.isEmpty()) {
          code = description.isEmpty() ? "arm " + (arms.size() + 1) : description;
        }
        boolean armOpen = !text(arm, "arm_suspended").equalsIgnoreCase("Y");
        List<String> interventions = new ArrayList<>();
        for (JsonNode level : arm.path("dose_level")) {
          String c = text(level, "level_code");
          String d = text(level, "level_description");
          interventions.add(d.isEmpty() ? c : c.isEmpty() ? d : c + ": " + d);
        }
        Criterion criterion;
        if (arm.has("match")) {
          criterion = criteria.match(arm.get("match"), armAt + ".match");
          if (trialLevel != null
              && !(trialLevel instanceof Criterion.All all && all.parts().isEmpty())) {
            criterion = new Criterion.All(List.of(trialLevel, criterion));
          }
        } else {
          criterion = new Criterion.Uncurated("the arm has no match criteria");
        }
        arms.add(new Arm(code, description, armOpen, interventions, criterion));
      }
    }
    if (arms.isEmpty()) {
      throw criteria.error(root + "treatment_list.step", "trial " + id + " has no arm");
    }
    List<String> conditions = new ArrayList<>();
    for (JsonNode c : t.path("match")) {
      for (JsonNode d : c.path("clinical").path("disease_status")) {
        conditions.add(d.asString());
      }
    }
    String title = text(t, "short_title");
    return new Trial(
        id,
        title.isEmpty() ? text(t, "long_title") : title,
        TrialSource.CTML,
        status,
        open,
        text(t, "phase"),
        conditions,
        String.join("\n", strings(t.path("prior_treatment_requirements"))),
        arms,
        criteria.warnings());
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isValueNode() && !v.isNull() ? v.asString().trim() : "";
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(x -> out.add(x.asString()));
    } else if (n.isValueNode()) {
      out.add(n.asString());
    }
    return out;
  }
}
