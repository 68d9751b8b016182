package th.ita.reporting.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import th.ita.platform.common.assessment.NaccIssue;
import th.ita.platform.common.calendar.FiscalQuarter;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.calendar.ThaiDates;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.event.StatusNotes;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.score.Scores;
import th.ita.platform.common.time.ClockProducer;

/**
 * The words of the documents, Thai first and English with {@code lang=en}: Buddhist-era years
 * ("ปีงบประมาณ พ.ศ. 2568") and Thai dates ("31 มีนาคม 2568") in Thai, C.E. ("FY2025", "31 March
 * 2025") in English. Labels are resources ({@code document/labels_th.properties} and {@code
 * labels_en.properties}), so wording can change without touching the builders.
 *
 * <p>Thai follows the conventions of the agencies' own documents (the seeds): times "09.30 น." and
 * quarters "ไตรมาสที่ 1" (both written by platform-common's {@link ThaiDates}), reporting "ทุกปี"
 * rather than "ทุก 12 เดือน".
 */
public final class Labels {

  public static final Set<String> LANGUAGES = Set.of("th", "en");

  private static final Labels TH = new Labels("th", load("th"));
  private static final Labels EN = new Labels("en", load("en"));

  private final String lang;
  private final Map<String, String> texts;

  private Labels(String lang, Map<String, String> texts) {
    this.lang = lang;
    this.texts = texts;
  }

  /** Thai unless {@code en}; null or blank is Thai; anything else is a 400. */
  public static Labels of(String lang) {
    if (lang == null || lang.isBlank()) {
      return TH;
    }
    String l = lang.trim().toLowerCase(Locale.ROOT);
    if (l.startsWith("th")) {
      return TH;
    }
    if (l.startsWith("en")) {
      return EN;
    }
    throw new InvalidInputException(List.of(new FieldError("lang", "must be th or en", lang)));
  }

  public String lang() {
    return lang;
  }

  public boolean thai() {
    return "th".equals(lang);
  }

  public Locale locale() {
    return thai() ? Locale.forLanguageTag("th") : Locale.ENGLISH;
  }

  /** The label for {@code key}; the key itself if missing (a visible slip rather than a crash). */
  public String t(String key) {
    return texts.getOrDefault(key, key);
  }

  /** The label for {@code key} with {@link String#format} arguments. */
  public String f(String key, Object... args) {
    return String.format(Locale.ROOT, t(key), args);
  }

  /** Thai "ปีงบประมาณ พ.ศ. 2568"; English "FY2025". */
  public String fiscalYear(int buddhistEra) {
    return thai()
        ? "ปีงบประมาณ พ.ศ. " + buddhistEra
        : "FY" + FiscalYear.of(buddhistEra).commonEraOfEnd();
  }

  /**
   * The year in a document's title: Thai "ปี พ.ศ. 2568" (seeds 001 and 004 title the measures
   * "ประจำปี พ.ศ. 2568"); English "FY2025".
   */
  public String titleYear(int buddhistEra) {
    return thai() ? "ปี " + year(buddhistEra) : fiscalYear(buddhistEra);
  }

  /** Thai "พ.ศ. 2568"; English "2025" (the C.E. year the fiscal year ends in). */
  public String year(int buddhistEra) {
    return thai()
        ? "พ.ศ. " + buddhistEra
        : String.valueOf(FiscalYear.of(buddhistEra).commonEraOfEnd());
  }

  /** Short year for chart series: "2567" / "FY2024". */
  public String shortYear(int buddhistEra) {
    return thai()
        ? String.valueOf(buddhistEra)
        : "FY" + FiscalYear.of(buddhistEra).commonEraOfEnd();
  }

  /** Thai "31 มีนาคม 2568"; English "31 March 2025". */
  public String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    if (thai()) {
      return date.getDayOfMonth()
          + " "
          + ThaiDates.monthFull(date.getMonth())
          + " "
          + FiscalYear.toBuddhistEra(date.getYear());
    }
    return date.getDayOfMonth()
        + " "
        + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + date.getYear();
  }

  /**
   * A date as an announcement or a signature writes it: Thai "6 ตุลาคม พ.ศ. 2567"; English "6
   * October 2024".
   */
  public String formalDate(LocalDate date) {
    if (date == null) {
      return "";
    }
    if (thai()) {
      return date.getDayOfMonth()
          + " "
          + ThaiDates.monthFull(date.getMonth())
          + " พ.ศ. "
          + FiscalYear.toBuddhistEra(date.getYear());
    }
    return date(date);
  }

  /** The Thai-time day of an instant, as {@link #date(LocalDate)}. */
  public String date(OffsetDateTime at) {
    return at == null ? "" : date(at.atZoneSameInstant(ClockProducer.BANGKOK).toLocalDate());
  }

  /** "ต.ค. 2567 – มี.ค. 2568" / "Oct 2024 – Mar 2025". */
  public String period(LocalDate start, LocalDate end) {
    return start == null || end == null ? "" : ThaiDates.period(start, end, locale());
  }

  /** Thai "09.30 น."; English "09:30". */
  public String time(LocalTime time) {
    return timeRange(time, null);
  }

  /**
   * Thai "09.30–11.00 น." (one "น." after the range, as Thai documents write it); English
   * "09:30–11:00". Without an end, the start alone; without a start, nothing.
   */
  public String timeRange(LocalTime start, LocalTime end) {
    return start == null ? "" : ThaiDates.timeRange(start, end, locale());
  }

  /** One of the seven NACC issues: "ประเด็นที่ 1 กระบวนการ…" / "Issue 1: Transparent…". */
  public String issue(int number) {
    NaccIssue issue = NaccIssue.of(number);
    return thai()
        ? "ประเด็นที่ " + number + " " + issue.nameTh()
        : "Issue " + number + ": " + issue.nameEn();
  }

  public String issueName(int number) {
    NaccIssue issue = NaccIssue.of(number);
    return thai() ? issue.nameTh() : issue.nameEn();
  }

  /**
   * A status change's note in the document's language when the platform wrote it ({@link
   * StatusNotes}); a person's note as written.
   */
  public String statusNote(String note) {
    return StatusNotes.recognise(note)
        .map(
            n ->
                n.kind() == StatusNotes.Kind.QUARTER_ENDED
                    ? f("note.QUARTER_ENDED", quarter(n.quarter().name()), date(n.due()))
                    : t("note." + n.kind().name()))
        .orElse(note == null ? "" : note);
  }

  /** A measure or milestone status, a milestone state, a tier: {@code status.IN_PROGRESS} etc. */
  public String status(String code) {
    return code == null ? "" : texts.getOrDefault("status." + code, code);
  }

  /** A tier's name; {@code null} names the measures without one. */
  public String tier(Tier tier) {
    return tier == null ? t("tier.NONE") : t("tier." + tier.name());
  }

  /** "ไตรมาสที่ 1" / "Q1" for a quarter's code; any other code as it is. */
  public String quarter(String code) {
    if (code == null) {
      return "";
    }
    for (FiscalQuarter quarter : FiscalQuarter.values()) {
      if (quarter.name().equals(code)) {
        return ThaiDates.quarterName(quarter, locale());
      }
    }
    return code;
  }

  /** "ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2567)" / "Q1 = Q1 (Oct – Dec 2024)": a quarter and its months. */
  public String quarterMonths(FiscalYear year, FiscalQuarter quarter) {
    if (!thai()) {
      return quarter.name() + " = " + ThaiDates.quarter(year, quarter, locale());
    }
    return ThaiDates.quarterName(quarter, locale())
        + " ("
        + ThaiDates.quarterMonths(year, quarter, locale())
        + ")";
  }

  /**
   * How often a measure is reported on, as a Thai officer writes it: "รายเดือน", "ทุกไตรมาส", "ทุก
   * 6 เดือน", "ทุกปี"; other spans "ทุก 4 เดือน". English "every month", "every 6 months".
   */
  public String every(int months) {
    String own = texts.get("reporting.every." + months);
    return own != null ? own : f("reporting.every", months);
  }

  /** Thai or English of a pair the producer sent, falling back to the other. */
  public String pick(String th, String en) {
    String first = thai() ? th : en;
    String second = thai() ? en : th;
    return first != null && !first.isBlank() ? first : second == null ? "" : second;
  }

  /** Two decimals, half-up, as published: 69.8 shows as 69.80. */
  public static BigDecimal score(BigDecimal value) {
    return Scores.display(value);
  }

  public static String scoreText(BigDecimal value) {
    return value == null ? "–" : score(value).toPlainString();
  }

  /** "+1.25" / "-0.40" / "0.00". */
  public static String signed(BigDecimal value) {
    if (value == null) {
      return "–";
    }
    BigDecimal v = score(value);
    return v.signum() > 0 ? "+" + v.toPlainString() : v.toPlainString();
  }

  private static Map<String, String> load(String lang) {
    Properties props = new Properties();
    String resource = "document/labels_" + lang + ".properties";
    try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new HashMap<>();
    props.forEach((k, v) -> map.put((String) k, (String) v));
    return Map.copyOf(map);
  }
}
