package th.ita.reporting.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import th.ita.platform.common.text.XmlText;

/** One piece of a {@link ReportDocument}'s body. Sealed so every renderer handles every kind. */
public sealed interface Block {

  /** A section heading; level 1 is a top section (the document title sits above it). */
  record Heading(int level, String text) implements Block {
    public Heading {
      if (level < 1 || level > 4) {
        throw new IllegalArgumentException("heading level must be 1..4, was " + level);
      }
      text = XmlText.clean(Objects.requireNonNull(text, "text"));
    }
  }

  /** Running text; a line feed starts a new line inside the same paragraph. */
  record Paragraph(String text) implements Block {
    public Paragraph {
      text = XmlText.clean(Objects.requireNonNull(text, "text"));
    }

    public List<String> lines() {
      return List.of(text.split("\n", -1));
    }
  }

  /**
   * A table with one header row. Every row has exactly one cell per column: no spans, so the same
   * table fits HTML, DOCX, one XLSX sheet and one CSV file.
   *
   * @param caption optional; also names the XLSX sheet
   */
  record Table(String caption, List<Column> columns, List<List<Cell>> rows) implements Block {

    /**
     * Whether the caption says again what the heading just above it says: paper formats then print
     * it once (the caption still names the XLSX sheet).
     */
    public boolean captionRepeats(Block previous) {
      return caption != null
          && previous instanceof Heading h
          && h.text().strip().equals(caption.strip());
    }

    public Table {
      caption = XmlText.clean(caption);
      columns = List.copyOf(columns);
      if (columns.isEmpty()) {
        throw new IllegalArgumentException("a table needs at least one column");
      }
      rows = rows.stream().map(List::copyOf).toList();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).size() != columns.size()) {
          throw new IllegalArgumentException(
              "row "
                  + i
                  + " has "
                  + rows.get(i).size()
                  + " cells, the table has "
                  + columns.size()
                  + " columns");
        }
      }
    }
  }

  /**
   * Horizontal bars, one group per category, optionally against a dashed target line (the national
   * target is 85). Horizontal because Thai category labels such as indicator names are long and
   * read best on one or two lines beside the bar.
   *
   * @param target optional dashed line
   * @param max axis maximum, e.g. 100 for scores; null means "round up from the data"
   */
  record BarChart(
      String title, List<String> categories, List<Series> series, Target target, BigDecimal max)
      implements Block {
    public BarChart {
      title = XmlText.clean(title);
      categories = categories.stream().map(XmlText::clean).toList();
      series = List.copyOf(series);
      if (series.isEmpty()) {
        throw new IllegalArgumentException("a chart needs at least one series");
      }
      for (Series s : series) {
        if (s.values().size() != categories.size()) {
          throw new IllegalArgumentException(
              "series '"
                  + s.name()
                  + "' has "
                  + s.values().size()
                  + " values for "
                  + categories.size()
                  + " categories");
        }
      }
    }

    /** One bar per category; a null value draws no bar (no score yet). */
    public record Series(String name, List<BigDecimal> values) {
      public Series {
        name = XmlText.clean(name);
        // List.copyOf rejects nulls, and a missing score is legitimate here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
      }
    }

    /** A dashed reference line with its caption, e.g. "เป้าหมาย 85". */
    public record Target(BigDecimal value, String label) {
      public Target {
        Objects.requireNonNull(value, "value");
        label = XmlText.clean(label);
      }
    }
  }

  /**
   * A signature block, set to the right of the page as Thai official documents set it: "ลงชื่อ
   * ....", the name in parentheses, the position, the date; lines are printed as given.
   */
  record SignOff(List<String> lines) implements Block {
    public SignOff {
      lines = lines.stream().map(XmlText::clean).toList();
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("a sign-off needs at least one line");
      }
    }
  }

  /**
   * A row of small pictures with their captions (an evidence entry's photos), wrapping onto more
   * rows as the page needs. Paper formats show the pictures; the spreadsheet lists the captions.
   *
   * @param caption optional line above the pictures, e.g. the activity they show
   */
  record Figures(String caption, List<Figure> figures) implements Block {
    public Figures {
      caption = XmlText.clean(caption);
      figures = List.copyOf(figures);
      if (figures.isEmpty()) {
        throw new IllegalArgumentException("a row of figures needs at least one figure");
      }
    }

    /**
     * One picture: JPEG or PNG bytes (the document's JSON, and so its cache key, carries them in
     * Base64: a new thumbnail is a new document).
     */
    public record Figure(String caption, String mediaType, byte[] bytes) {
      public Figure {
        caption = caption == null ? "" : XmlText.clean(caption);
        if (!"image/jpeg".equals(mediaType) && !"image/png".equals(mediaType)) {
          throw new IllegalArgumentException("a figure is a JPEG or PNG image, not " + mediaType);
        }
        if (bytes == null || bytes.length == 0) {
          throw new IllegalArgumentException("a figure needs its image's bytes");
        }
      }

      /** As an HTML {@code src}: the picture inside the page, so the PDF needs no fetch. */
      public String dataUri() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
      }
    }
  }

  /** Header facts shown as label/value pairs, e.g. หน่วยงาน, ปีงบประมาณ, คะแนนรวม. */
  record KeyValues(List<Entry> entries) implements Block {
    public KeyValues {
      entries = List.copyOf(entries);
    }

    public record Entry(String label, String value) {
      public Entry {
        label = XmlText.clean(Objects.requireNonNull(label, "label"));
        value = value == null ? "" : XmlText.clean(value);
      }
    }
  }
}
