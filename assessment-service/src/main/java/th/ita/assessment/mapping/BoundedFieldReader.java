package th.ita.assessment.mapping;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a CSV file whose field is longer than any import column can be, before the CSV parser
 * buffers it: a single quoted field may otherwise run on for the whole upload (hundreds of MB) and
 * take the service's memory. It follows RFC 4180's quoting (a doubled quote inside a quoted field
 * is a quote), so commas and line breaks inside quotes belong to the field.
 */
final class BoundedFieldReader extends FilterReader {

  /** The field that ran past the limit, by the line it started on. */
  static final class FieldTooLongException extends IOException {
    final int line;

    FieldTooLongException(int line) {
      super("field on line " + line + " is too long");
      this.line = line;
    }
  }

  private final int maxChars;
  private boolean quoted;
  private int fieldChars;
  private int line = 1;
  private int fieldLine = 1;

  BoundedFieldReader(Reader in, int maxChars) {
    super(in);
    this.maxChars = maxChars;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      see(buffer[offset + i]);
    }
    return n;
  }

  private void see(char c) throws FieldTooLongException {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == ',' || c == '\n')) {
      fieldChars = 0;
      fieldLine = c == '\n' ? line + 1 : line;
    } else if (++fieldChars > maxChars) {
      throw new FieldTooLongException(fieldLine);
    }
    if (c == '\n') {
      line++;
    }
  }
}
