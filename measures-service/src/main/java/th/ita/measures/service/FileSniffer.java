package th.ita.measures.service;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import th.ita.measures.domain.FileKind;

/**
 * What a file is, from its bytes alone (its magic number), whatever its name or declared type say.
 * DOCX and XLSX are ZIP archives: they are told apart by the parts their central directory lists,
 * read without inflating anything, so a crafted archive costs no more than its size.
 */
public final class FileSniffer {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

  private FileSniffer() {}

  public static Optional<FileKind> kindOf(byte[] bytes) {
    if (startsWith(bytes, PNG)) {
      return Optional.of(FileKind.PNG);
    }
    if (startsWith(bytes, JPEG)) {
      return Optional.of(FileKind.JPEG);
    }
    if (startsWith(bytes, PDF)) {
      return Optional.of(FileKind.PDF);
    }
    if (startsWith(bytes, ZIP)) {
      Set<String> parts = zipEntryNames(bytes);
      // A macro-enabled document (.docm, .xlsm) has the same parts and a VBA project besides: its
      // macros would run on the machine of whoever opens the evidence, so it is none of these.
      if (parts.contains("[Content_Types].xml")
          && !parts.contains("word/vbaProject.bin")
          && !parts.contains("xl/vbaProject.bin")) {
        if (parts.contains("word/document.xml")) {
          return Optional.of(FileKind.DOCX);
        }
        if (parts.contains("xl/workbook.xml")) {
          return Optional.of(FileKind.XLSX);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** The names in a ZIP archive's central directory; empty when it has none that can be read. */
  static Set<String> zipEntryNames(byte[] b) {
    int lowest = Math.max(0, b.length - 22 - 0xFFFF);
    for (int end = b.length - 22; end >= lowest; end--) {
      if (int32(b, end) != END_OF_CENTRAL_DIRECTORY) {
        continue;
      }
      int entries = int16(b, end + 10);
      long offset = int32(b, end + 16) & 0xFFFFFFFFL;
      Set<String> names = new HashSet<>();
      long p = offset;
      for (int i = 0; i < entries; i++) {
        if (p < 0 || p + 46 > b.length || int32(b, (int) p) != CENTRAL_DIRECTORY_ENTRY) {
          return Set.of();
        }
        int at = (int) p;
        int nameLength = int16(b, at + 28);
        int extraLength = int16(b, at + 30);
        int commentLength = int16(b, at + 32);
        if (at + 46 + nameLength > b.length) {
          return Set.of();
        }
        names.add(new String(b, at + 46, nameLength, StandardCharsets.UTF_8));
        p = (long) at + 46 + nameLength + extraLength + commentLength;
      }
      return names;
    }
    return Set.of();
  }

  private static int int16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | b[at + 3] << 24;
  }
}
