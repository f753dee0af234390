package org.gms.server.insights.internal;

import java.util.HashMap;
import java.util.Map;
import org.gms.server.insights.Dimension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The codes of dimension values (insight_label), cached; code 0 is the whole ("All"). */
@Component
class Labels {

  static final String ALL = "All";

  private final JdbcClient jdbc;
  private final Map<String, Integer> codes = new HashMap<>();
  private final Map<Integer, String> labels = new HashMap<>();

  Labels(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The code of a value, made when new. */
  synchronized int code(Dimension dimension, String label) {
    if (dimension == Dimension.ALL) {
      return 0;
    }
    String key = dimension.name() + '\t' + label;
    Integer code = codes.get(key);
    if (code != null) {
      return code;
    }
    jdbc.sql(
            "INSERT INTO insight_label (dimension, label) VALUES (?, ?)"
                + " ON CONFLICT (dimension, label) DO NOTHING")
        .params(dimension.name(), label)
        .update();
    int made =
        jdbc.sql("SELECT code FROM insight_label WHERE dimension = ? AND label = ?")
            .params(dimension.name(), label)
            .query(Integer.class)
            .single();
    codes.put(key, made);
    labels.put(made, label);
    return made;
  }

  /** The code of a value, if it has one. */
  synchronized java.util.Optional<Integer> find(Dimension dimension, String label) {
    if (dimension == Dimension.ALL) {
      return java.util.Optional.of(0);
    }
    Integer cached = codes.get(dimension.name() + '\t' + label);
    if (cached != null) {
      return java.util.Optional.of(cached);
    }
    return jdbc.sql("SELECT code FROM insight_label WHERE dimension = ? AND label = ?")
        .params(dimension.name(), label)
        .query(Integer.class)
        .optional();
  }

  /** The value of a code. */
  synchronized String label(int code) {
    if (code == 0) {
      return ALL;
    }
    String label = labels.get(code);
    if (label == null) {
      label =
          jdbc.sql("SELECT label FROM insight_label WHERE code = ?")
              .param(code)
              .query(String.class)
              .optional()
              .orElse("?");
      labels.put(code, label);
    }
    return label;
  }

  /** Forgets the cache (after labels were written outside this class). */
  synchronized void reload() {
    codes.clear();
    labels.clear();
  }
}
