package th.ita.reporting.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Joins a {@code ResultPublished} of version 2 (codes and figures, {@code
 * urn:ita:events:result-published:v2}) to the {@code FrameworkPublished} of the version it names,
 * giving the data version 1 carried: the whole result with the framework's names, weights, question
 * texts and issues, and the framework's level bands, which give each score its grade in the
 * documents. The read model stores version 2 as announced and joins it when a document reads it, so
 * documents read results the same way whichever version announced them.
 *
 * <p>Version 2's figures are the recomputation; NACC's published figures are apart, in {@code
 * official}. Version 1 gave each figure as {@code official}, {@code computed} and {@code score}
 * (the official one where there is one). A value neither has is left out, as version 1 left it out.
 * Lists follow the framework's order: every tool and indicator, the parts and questions the result
 * has, and an indicator's sub-groups only when the result has figures for the indicator.
 */
public final class ResultJoin {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultJoin() {}

  /**
   * @param result the data of a version 2 {@code ResultPublished}
   * @param framework the data of the {@code FrameworkPublished} of its fiscal year and {@code
   *     frameworkVersion}
   */
  public static ObjectNode join(JsonNode result, JsonNode framework) {
    JsonNode official = result.path("official");
    ObjectNode v1 = NODES.objectNode();
    copy(result, v1, "agencyCode", "agencyNameTh", "agencyNameEn", "fiscalYear", "round");
    copy(result, v1, "status", "revision", "version");
    if (official.has("standing")) {
      v1.set("officialStanding", official.get("standing"));
    }

    ObjectNode overall =
        figure(v1.putObject("overall"), official.get("overall"), result.get("overall"));
    JsonNode level = level(framework, result.path("level").asText(null));
    if (level != null) {
      overall.set("level", level);
    }

    ArrayNode tools = v1.putArray("tools");
    for (JsonNode t : framework.path("tools")) {
      String code = t.path("code").asText();
      ObjectNode tool = labelled(t, "code");
      copy(t, tool, "weight");
      figure(tool, official.path("tools").get(code), result.path("tools").get(code));
      ArrayNode parts = tool.putArray("parts");
      for (JsonNode p : t.path("parts")) {
        String part = p.path("code").asText();
        JsonNode partOfficial = official.path("toolParts").path(code).get(part);
        JsonNode partComputed = result.path("toolParts").path(code).get(part);
        if (known(partOfficial) || known(partComputed)) {
          parts.add(figure(labelled(p, "code"), partOfficial, partComputed));
        }
      }
      tools.add(tool);
    }

    ArrayNode indicators = v1.putArray("indicators");
    for (JsonNode i : framework.path("indicators")) {
      String number = i.path("number").asText();
      JsonNode figures = result.path("indicators").get(number);
      ObjectNode indicator = NODES.objectNode();
      copy(i, indicator, "number", "tool", "nameTh", "nameEn");
      figure(
          indicator,
          official.path("indicators").get(number),
          figures == null ? null : figures.get("score"));
      ArrayNode groups = NODES.arrayNode();
      if (figures != null) {
        copy(figures, indicator, "parts");
        for (JsonNode g : i.path("subGroups")) {
          ObjectNode group = labelled(g, "code");
          JsonNode score = figures.path("subGroups").get(g.path("code").asText());
          if (known(score)) {
            group.set("score", score);
          }
          groups.add(group);
        }
      }
      indicator.set("subGroups", groups);
      indicators.add(indicator);
    }

    // The bands give each question its grade in the documents (seed 002's "ระดับ AA").
    ArrayNode bands = v1.putArray("levelBands");
    for (JsonNode l : framework.path("levels")) {
      ObjectNode band = labelled(l, "code");
      copy(l, band, "minScore", "toolMinimums");
      bands.add(band);
    }

    ArrayNode questions = v1.putArray("questions");
    for (JsonNode q : framework.path("questions")) {
      JsonNode figures = result.path("questions").get(q.path("code").asText());
      if (figures == null) {
        continue; // not scored in this result
      }
      ObjectNode question = NODES.objectNode();
      copy(q, question, "code", "tool", "indicator", "subGroup", "textTh", "textEn", "issues");
      // Announced with frameworks since FY2566's yes/no questions were typed; absent before.
      copy(q, question, "answerType", "creditedAnswer");
      if (figures.isNumber()) {
        question.set("score", figures);
      } else if (figures.isArray()) { // [score, PUBLIC, SURVEY]
        if (known(figures.get(0))) {
          question.set("score", figures.get(0));
        }
        ObjectNode parts = question.putObject("parts");
        if (known(figures.get(1))) {
          parts.set("PUBLIC", figures.get(1));
        }
        if (known(figures.get(2))) {
          parts.set("SURVEY", figures.get(2));
        }
      } else {
        copy(figures, question, "score", "parts", "subItems");
      }
      questions.add(question);
    }

    v1.set("respondents", listOrEmpty(result.get("respondents")));
    v1.set("discrepancies", listOrEmpty(result.get("discrepancies")));
    copy(result, v1, "source", "correctionReason", "publishedAt", "publishedBy", "target");
    copy(result, v1, "thresholds");
    return v1;
  }

  /** The level of the framework with this code, as version 1 named it. */
  private static JsonNode level(JsonNode framework, String code) {
    if (code == null) {
      return null;
    }
    for (JsonNode l : framework.path("levels")) {
      if (code.equals(l.path("code").asText())) {
        return labelled(l, "code");
      }
    }
    return NODES.objectNode().put("code", code);
  }

  /** A node with the source's key field and its names. */
  private static ObjectNode labelled(JsonNode source, String key) {
    ObjectNode node = NODES.objectNode();
    copy(source, node, key, "nameTh", "nameEn");
    return node;
  }

  /** Version 1's three figures: the one that stands (official, else computed), and both. */
  private static ObjectNode figure(ObjectNode node, JsonNode official, JsonNode computed) {
    JsonNode stands = known(official) ? official : computed;
    if (known(stands)) {
      node.set("score", stands);
    }
    if (known(official)) {
      node.set("official", official);
    }
    if (known(computed)) {
      node.set("computed", computed);
    }
    return node;
  }

  private static boolean known(JsonNode value) {
    return value != null && !value.isNull() && !value.isMissingNode();
  }

  private static JsonNode listOrEmpty(JsonNode list) {
    return list != null && list.isArray() ? list : NODES.arrayNode();
  }

  private static void copy(JsonNode from, ObjectNode to, String... fields) {
    for (String field : fields) {
      JsonNode value = from.get(field);
      if (known(value)) {
        to.set(field, value);
      }
    }
  }
}
