package th.ita.reporting.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** A Thai measures document shaped like the seeds, used by every render test. */
final class SampleReport {

  static final String HEADING = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
  static final String MEASURE_1 =
      "เปิดเผยข้อมูลการจัดซื้อจัดจ้างที่เป็นปัจจุบันบนเว็บไซต์ของหน่วยงาน";
  static final String MEASURE_2 =
      "ส่งเสริมให้ผู้ใช้บริการแสดงความคิดเห็นต่อการปรับปรุงระบบการทำงาน";
  static final String MEASURE_3 = "ประชุมชี้แจงแนวทางการใช้ทรัพย์สินของราชการให้บุคลากรทุกระดับ";
  static final String MEASURE_LONG =
      "จัดทำช่องทางรับเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่ผู้ร้องเรียนสามารถติดตาม"
          + "สถานะได้ด้วยตนเอง และรายงานผลการจัดการเรื่องร้องเรียนต่อผู้บริหารทุกไตรมาส";
  static final String TONE_MARKS = "ที่ น้ำ ผู้ ปู่ ญู";
  static final String PARAGRAPH =
      "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติได้ดำเนินการประเมิน"
          + "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ผู้บริหารและเจ้าหน้าที่ที่เกี่ยวข้องได้ร่วมกัน"
          + "วิเคราะห์ผลคะแนนที่ได้รับ เพื่อกำหนดมาตรการที่เหมาะสม น้ำใจของผู้ใหญ่ ปู่ย่าตายาย และหญิงชาวบ้านที่อยู่"
          + "ริมน้ำ ญูเป็นตัวอย่างของสระอูใต้ตัวญ ผู้รับผิดชอบจะรายงานผลการดำเนินงานต่อผู้บริหารทุกหกเดือน "
          + "(Integrity and Transparency Assessment: ITA) โดยมีเป้าหมายคะแนนไม่ต่ำกว่า 85 คะแนน";
  static final List<String> INDICATORS =
      List.of(
          "การปฏิบัติหน้าที่",
          "การใช้งบประมาณ",
          "การใช้อำนาจ",
          "การใช้ทรัพย์สินของราชการ",
          "การแก้ไขปัญหาการทุจริต",
          "คุณภาพการดำเนินงาน",
          "ประสิทธิภาพการสื่อสาร",
          "การปรับปรุงระบบการทำงาน",
          "การเปิดเผยข้อมูล",
          "การป้องกันการทุจริต");

  private SampleReport() {}

  static ReportDocument document() {
    Block.Table measures =
        new Block.Table(
            "ตารางที่ 1 มาตรการและผลคะแนน",
            List.of(
                Column.centered("ลำดับ"),
                Column.text("มาตรการ"),
                Column.text("ผู้รับผิดชอบ"),
                Column.number("คะแนน")),
            List.of(
                List.of(
                    Cell.text("1"),
                    Cell.text(MEASURE_1),
                    Cell.text("กลุ่มงานพัสดุ"),
                    Cell.num("92.63")),
                List.of(
                    Cell.text("2"),
                    Cell.text(MEASURE_2),
                    Cell.text("กลุ่มงานบริการ"),
                    Cell.num("78.40")),
                List.of(
                    Cell.text("3"),
                    Cell.text(MEASURE_3),
                    Cell.text("ฝ่ายบริหารทั่วไป"),
                    Cell.num("85.00")),
                List.of(
                    Cell.text("4"),
                    Cell.text(MEASURE_LONG),
                    Cell.text("ศูนย์ปฏิบัติการต่อต้านการทุจริต"),
                    Cell.num("100.00")),
                List.of(
                    Cell.empty(),
                    Cell.bold("คะแนนเฉลี่ย"),
                    Cell.empty(),
                    Cell.num("89.01").emphasised())));
    List<BigDecimal> scores =
        List.of(
                "91.00", "77.94", "81.84", "75.67", "74.03", "85.29", "77.22", "77.80", "100.00",
                "70.00")
            .stream()
            .map(BigDecimal::new)
            .toList();
    Block.BarChart chart =
        new Block.BarChart(
            "คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2566",
            INDICATORS,
            List.of(new Block.BarChart.Series("คะแนน", scores)),
            new Block.BarChart.Target(new BigDecimal("85"), "ค่าเป้าหมาย 85 คะแนน"),
            new BigDecimal("100"));
    Block.BarChart comparison =
        new Block.BarChart(
            "เปรียบเทียบผลการประเมิน IIT ปี 2565 และ 2566",
            INDICATORS.subList(0, 5),
            List.of(
                new Block.BarChart.Series(
                    "ปี 2565", decimals("88.10", "80.25", null, "79.00", "70.50")),
                new Block.BarChart.Series(
                    "ปี 2566", decimals("91.00", "77.94", "81.84", "75.67", "74.03"))),
            new Block.BarChart.Target(new BigDecimal("85"), "เป้าหมาย 85"),
            null);
    return ReportDocument.thai(
        HEADING,
        "กรมส่งเสริมการค้าระหว่างประเทศ ประจำปีงบประมาณ พ.ศ. 2567",
        List.of(
            new Block.KeyValues(
                List.of(
                    new Block.KeyValues.Entry("หน่วยงาน", "กรมส่งเสริมการค้าระหว่างประเทศ"),
                    new Block.KeyValues.Entry("คะแนนรวม", "82.06 (ต้องปรับปรุง)"),
                    new Block.KeyValues.Entry("อันดับ", "145 จาก 159"))),
            new Block.Heading(1, "ส่วนที่ 1 ผลการประเมิน"),
            new Block.Paragraph(PARAGRAPH),
            new Block.Paragraph("ทดสอบวรรณยุกต์: " + TONE_MARKS),
            chart,
            new Block.Heading(1, "ส่วนที่ 2 มาตรการ"),
            measures,
            comparison));
  }

  private static List<BigDecimal> decimals(String... values) {
    return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
  }

  /** Writes rendered output under target/render for a human (or pdftoppm) to look at. */
  static Path save(String name, byte[] bytes) throws IOException {
    Path dir = Path.of("target", "render");
    Files.createDirectories(dir);
    return Files.write(dir.resolve(name), bytes);
  }
}
