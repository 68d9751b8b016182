package th.ita.measures.rest;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the file's own name: an ASCII {@code filename} for
 * old clients, and the whole name, Thai included, as RFC 5987/6266 {@code filename*}.
 */
final class ContentDisposition {

  private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

  private ContentDisposition() {}

  static String attachment(String fileName) {
    return "attachment; filename=\""
        + asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + encode(fileName);
  }

  /** The name with every character outside printable ASCII, and quotes, as {@code _}. */
  static String asciiFallback(String fileName) {
    StringBuilder out = new StringBuilder();
    fileName
        .codePoints()
        .forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
    return out.toString();
  }

  /** RFC 5987 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
  static String encode(String fileName) {
    StringBuilder out = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean attrChar =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0;
      if (attrChar) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
