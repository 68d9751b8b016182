package th.ita.measures.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import th.ita.platform.common.domain.ConflictException;

/**
 * Scales a photo down to a JPEG that fits a square box, keeping its aspect. Only JPEG and PNG are
 * read. The image's dimensions are read from its header before any pixel is decoded, and one larger
 * than {@code maxPixels}, or wider or taller than {@link #MAX_SIDE}, is refused: a PNG's reader
 * holds whole rows whatever the subsampling, so a crafted image of 50,000,000×1 pixels (150 KB of
 * file) would otherwise take hundreds of megabytes. The rest is decoded subsampled (every n-th
 * pixel of every n-th row), so a 10 MB photo of 48 megapixels takes a few megabytes while it is
 * scaled, never the 190 MB of its full decoding.
 *
 * <p>EXIF orientation is not honoured: a photo a camera stored sideways with an orientation tag
 * stays sideways, as browsers showed it until recently.
 */
public final class ThumbnailScaler {

  /** The widest or tallest image read: above any camera's sensor, and a few full rows' worth. */
  public static final int MAX_SIDE = 16_384;

  /** The formats photos are kept in, as ImageIO's readers name them. */
  private static final Set<String> FORMATS = Set.of("jpeg", "jpg", "png");

  /** The JPEG quality of thumbnails: small files, no visible blocks at 4 cm. */
  static final float QUALITY = 0.85f;

  private ThumbnailScaler() {}

  /** Width and height in pixels. */
  public record Size(int width, int height) {
    public long pixels() {
      return (long) width * height;
    }
  }

  /**
   * The size that fits {@code box}×{@code box} with the aspect of {@code width}×{@code height}
   * (rounded, at least 1 pixel a side); an image already inside the box keeps its size.
   */
  public static Size fit(int width, int height, int box) {
    if (width <= 0 || height <= 0 || box <= 0) {
      throw new IllegalArgumentException(
          "sizes must be positive: " + width + "×" + height + " in " + box);
    }
    if (width <= box && height <= box) {
      return new Size(width, height);
    }
    if (width >= height) {
      return new Size(box, Math.max(1, (int) Math.round((double) height * box / width)));
    }
    return new Size(Math.max(1, (int) Math.round((double) width * box / height)), box);
  }

  /**
   * How many source pixels to step over in each direction while decoding, so the decoded image is
   * still at least {@code target} (and is then scaled smoothly the rest of the way).
   */
  public static int subsampling(int width, int height, Size target) {
    return Math.max(1, Math.min(width / target.width(), height / target.height()));
  }

  /**
   * The thumbnail of {@code image} as JPEG bytes.
   *
   * @throws ConflictException when the bytes are no image ImageIO reads (context {@code reason}
   *     {@code unreadable-image}), or the image has more than {@code maxPixels} pixels ({@code
   *     image-too-large})
   */
  public static byte[] thumbnail(byte[] image, int box, long maxPixels) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      ImageReader reader = photoReader(in);
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > maxPixels || width > MAX_SIDE || height > MAX_SIDE) {
          throw new ConflictException(
              String.format(
                  "The image has %d×%d pixels (%,d); a thumbnail is made of images of at most %,d"
                      + " pixels and %,d a side",
                  width, height, (long) width * height, maxPixels, MAX_SIDE),
              Map.of("reason", "image-too-large", "width", width, "height", height));
        }
        Size target = fit(width, height, box);
        ImageReadParam param = reader.getDefaultReadParam();
        int step = subsampling(width, height, target);
        param.setSourceSubsampling(step, step, 0, 0);
        return jpeg(scaled(reader.read(0, param), target));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ConflictException c) {
        throw c;
      }
      // A damaged or unusual file (a CMYK JPEG, a truncated PNG) is a property of the file, not a
      // failure of the service.
      throw unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** A JPEG or PNG reader for the stream; anything else ImageIO might read is refused. */
  private static ImageReader photoReader(ImageInputStream in) throws IOException {
    Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
    while (readers != null && readers.hasNext()) {
      ImageReader reader = readers.next();
      String format = reader.getFormatName().toLowerCase(Locale.ROOT);
      if (FORMATS.contains(format)) {
        return reader;
      }
      reader.dispose();
    }
    throw unreadable("it is neither a JPEG nor a PNG image");
  }

  private static ConflictException unreadable(String why) {
    return new ConflictException(
        "The image could not be read to make a thumbnail: " + why,
        Map.of("reason", "unreadable-image"));
  }

  /** Drawn on white, so a PNG's transparent parts come out white rather than black. */
  private static BufferedImage scaled(BufferedImage source, Size target) {
    BufferedImage out =
        new BufferedImage(target.width(), target.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, target.width(), target.height());
      g.drawImage(source, 0, 0, target.width(), target.height(), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
