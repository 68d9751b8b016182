package th.ita.reporting.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Renders a {@link ReportDocument} to one {@link Format}. Implementations are thread-safe. */
public interface DocumentRenderer {

  Format format();

  /** Writes the whole document; does not close the stream. */
  void render(ReportDocument document, OutputStream out) throws IOException;

  default byte[] toBytes(ReportDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      render(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
