package th.ita.reporting.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every rendered report: Sarabun (SIL OFL 1.1, see fonts/OFL.txt), a modern cut
 * of the Thai government's TH Sarabun. Bundled on the classpath so PDFs embed it and charts measure
 * and draw with it on any server, whatever fonts the host has.
 */
final class Sarabun {

  static final String FAMILY = "Sarabun";
  static final String REGULAR_RESOURCE = "fonts/Sarabun-Regular.ttf";
  static final String BOLD_RESOURCE = "fonts/Sarabun-Bold.ttf";

  private Sarabun() {}

  /** A Java2D font at the given size; Java2D shapes Thai (marks stacked) itself. */
  static Font awt(boolean bold, float size) {
    return (bold ? Awt.BOLD : Awt.REGULAR).deriveFont(size);
  }

  static byte[] bytes(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String resource) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    InputStream in = cl == null ? null : cl.getResourceAsStream(resource);
    if (in == null) {
      in = Sarabun.class.getClassLoader().getResourceAsStream(resource);
    }
    if (in == null) {
      throw new IllegalStateException("font resource missing from the classpath: " + resource);
    }
    return in;
  }

  /** Loaded on first use only: plain HTML/CSV rendering never touches AWT. */
  private static final class Awt {
    static final Font REGULAR = load(REGULAR_RESOURCE);
    static final Font BOLD = load(BOLD_RESOURCE);

    private static Font load(String resource) {
      try (InputStream in = open(resource)) {
        return Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("bad font " + resource, e);
      }
    }
  }
}
