package th.ita.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic national data set in the import format: as many agencies as NACC assesses (8,325 in
 * FY2567), spread over types and ministries roughly as in reality (most are local administrations),
 * each with every question row of the year's template and plausible scores.
 */
final class NationalDataSet {

  /** A question row of the template: its code and part (empty when none). */
  record QuestionRow(String question, String part) {}

  private record Share(String type, int count, String ministry, String ministryNameTh) {}

  /** 8,325 agencies in FY2567; seed 004 is one of 159 department-level agencies. */
  private static final List<Share> SHARES =
      List.of(
          new Share("DEPARTMENT", 159, null, null),
          new Share("PROVINCE", 76, "MOI", "กระทรวงมหาดไทย"),
          new Share("PUBLIC_ORGANIZATION", 56, null, null),
          new Share("STATE_ENTERPRISE", 52, "MOF", "กระทรวงการคลัง"),
          new Share("UNIVERSITY", 83, "MHESI", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
          new Share("INDEPENDENT_ORGAN", 12, null, null),
          new Share("COURT", 3, null, null),
          new Share("OTHER", 33, null, null),
          new Share("LOCAL_ADMINISTRATION", 7851, "MOI", "กระทรวงมหาดไทย"));

  /** Ministries that departments and public organisations are spread over. */
  private static final List<String> MINISTRIES =
      List.of(
          "OPM", "MOD", "MOF", "MFA", "MOTS", "MSDHS", "MOAC", "MOT", "MNRE", "MDES", "MOE", "MOPH",
          "MOI", "MOJ", "MOL", "MOC", "MOCULT", "MHESI", "MOEN", "MOIN");

  private NationalDataSet() {}

  static int totalAgencies() {
    return SHARES.stream().mapToInt(Share::count).sum();
  }

  /**
   * Writes the file and answers its row count. {@code agencies} scales the shares down for a quick
   * run; {@code seed} changes every score, so that each run is a real import.
   */
  static int write(Path file, List<QuestionRow> template, int agencies, long seed)
      throws IOException {
    Random random = new Random(seed);
    double scale = Math.min(1.0, (double) agencies / totalAgencies());
    int rows = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "agency_code,agency_name_th,agency_type,ministry_code,ministry_name_th,question,part,score\n");
      int n = 0;
      for (Share share : SHARES) {
        int count = Math.max(1, (int) Math.round(share.count() * scale));
        for (int i = 1; i <= count; i++) {
          n++;
          String code = String.format("B%s%05d", share.type().substring(0, 3), i);
          String ministry =
              share.ministry() != null
                  ? share.ministry()
                  : MINISTRIES.get(random.nextInt(MINISTRIES.size()));
          String ministryName =
              share.ministryNameTh() != null ? share.ministryNameTh() : "กระทรวง " + ministry;
          String prefix =
              code
                  + ",หน่วยงานทดสอบ "
                  + n
                  + ","
                  + share.type()
                  + ","
                  + ministry
                  + ","
                  + ministryName
                  + ",";
          // Each agency has a level of its own; its questions scatter around it.
          double level = 70 + random.nextDouble() * 28;
          for (QuestionRow q : template) {
            out.write(prefix);
            out.write(q.question());
            out.write(',');
            out.write(q.part());
            out.write(',');
            out.write(score(q.question(), level, random));
            out.write('\n');
            rows++;
          }
        }
      }
    }
    return rows;
  }

  private static String score(String question, double level, Random random) {
    if (question.startsWith("o")) {
      return random.nextDouble() * 100 < level + 5 ? "100" : "0"; // OIT items are met or not
    }
    double score = Math.max(0, Math.min(100, level + random.nextGaussian() * 6));
    return String.format("%.2f", score);
  }

  /** Parses the year's CSV template (as served) into its question rows. */
  static List<QuestionRow> parseTemplate(String csv) {
    List<QuestionRow> rows = new ArrayList<>();
    String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      if (cells.length > 9) {
        rows.add(new QuestionRow(cells[8], cells[9]));
      }
    }
    return rows;
  }
}
