package th.ita.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.service.MeasureData;

/**
 * The measures by the frame they follow, as seed 003 tables them after its gap analysis: "PIRAB |
 * มาตรการ | เหตุผลในการกำหนดมาตรการ | ประเด็นความรู้ที่ให้แก่ C/SH". Only measures with a frame
 * category are listed, by category in the frame's order (Partnership, Regulate, Advocate, Build
 * capacity) and in the plan's order within one; the category is printed on its first row only.
 * Nothing when no measure names a category.
 */
final class FrameTable {

  /** The frame's order, as measures-service's {@code FrameCategory} lists it. */
  private static final List<String> CATEGORIES =
      List.of("PARTNERSHIP", "REGULATE", "ADVOCATE", "BUILD_CAPACITY");

  private FrameTable() {}

  static List<Block> of(List<MeasureData> measures, Labels l) {
    List<List<Cell>> rows = new ArrayList<>();
    for (String category : CATEGORIES) {
      List<MeasureData> framed =
          measures.stream().filter(m -> category.equals(m.frameCategory())).toList();
      for (int i = 0; i < framed.size(); i++) {
        MeasureData m = framed.get(i);
        rows.add(
            List.of(
                Cell.text(i == 0 ? l.t("frame." + category) : ""),
                Cell.text(m.ordinal() + ". " + l.pick(m.titleTh(), m.titleEn())),
                Cell.text(blankAsDash(m.rationale())),
                Cell.text(numbered(m.knowledgeTopics()))));
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Block.Paragraph(l.t("frame.intro")),
        new Block.Table(
            l.t("caption.frame"),
            List.of(
                Column.text(l.t("col.frame")),
                Column.text(l.t("col.approach")),
                Column.text(l.t("col.rationale")),
                Column.text(l.t("col.knowledge"))),
            rows));
  }

  /** "1. …\n2. …", as the seed numbers its knowledge topics; "–" when there are none. */
  private static String numbered(List<String> topics) {
    if (topics.isEmpty()) {
      return "–";
    }
    return String.join(
        "\n",
        IntStream.range(0, topics.size()).mapToObj(i -> (i + 1) + ". " + topics.get(i)).toList());
  }

  private static String blankAsDash(String text) {
    return text == null || text.isBlank() ? "–" : text;
  }
}
