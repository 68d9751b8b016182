package th.ita.measures.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import th.ita.measures.domain.FileKind;
import th.ita.measures.service.FileSniffer;

/** A file's kind comes from its bytes alone; an archive is an office file only by its parts. */
class FileSnifferTest {

  @Test
  void imagesAndPdfsAreKnownByTheirMagicNumbers() {
    assertThat(FileSniffer.kindOf(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0)))
        .hasValue(FileKind.PNG);
    assertThat(FileSniffer.kindOf(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')))
        .hasValue(FileKind.JPEG);
    assertThat(FileSniffer.kindOf("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
        .hasValue(FileKind.PDF);
    // A PNG's signature cut short, text, and nothing at all are none of them.
    assertThat(FileSniffer.kindOf(bytes(0x89, 'P', 'N', 'G'))).isEmpty();
    assertThat(FileSniffer.kindOf("PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    assertThat(FileSniffer.kindOf(new byte[0])).isEmpty();
  }

  @Test
  void anArchiveIsADocxOrXlsxByThePartsItsCentralDirectoryLists() throws IOException {
    assertThat(FileSniffer.kindOf(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")))
        .hasValue(FileKind.DOCX);
    assertThat(FileSniffer.kindOf(zip("[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml")))
        .hasValue(FileKind.XLSX);
    // A plain archive, and a Word part without the package's content types, are not office files.
    assertThat(FileSniffer.kindOf(zip("photo.jpg", "word/document.xml"))).isEmpty();
    assertThat(FileSniffer.kindOf(zip("[Content_Types].xml", "ppt/presentation.xml"))).isEmpty();
    // An archive cut off before its central directory cannot be read, and is refused.
    byte[] docx = zip("[Content_Types].xml", "word/document.xml");
    assertThat(FileSniffer.kindOf(Arrays.copyOf(docx, docx.length - 30)))
        .isEqualTo(Optional.empty());
  }

  @Test
  void aMediaTypeOrAnExtensionNamesItsKindWhateverItsCase() {
    assertThat(FileKind.ofMediaType("IMAGE/JPEG; charset=binary")).hasValue(FileKind.JPEG);
    assertThat(FileKind.ofMediaType("image/jpg")).hasValue(FileKind.JPEG);
    assertThat(FileKind.ofMediaType("text/plain")).isEmpty();
    assertThat(FileKind.ofFileName("ภาพกิจกรรม.JPG")).hasValue(FileKind.JPEG);
    assertThat(FileKind.ofFileName("รายงาน.v2.xlsx")).hasValue(FileKind.XLSX);
    assertThat(FileKind.ofFileName("minutes")).isEmpty();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : List.of(names)) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
