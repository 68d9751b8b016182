package th.ita.measures.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import th.ita.measures.service.ThumbnailScaler;
import th.ita.measures.service.ThumbnailScaler.Size;
import th.ita.platform.common.domain.ConflictException;

class ThumbnailScalerTest {

  @Test
  void aWidePhotoFitsTheBoxByItsWidthAndATallOneByItsHeight() {
    assertThat(ThumbnailScaler.fit(4000, 3000, 320)).isEqualTo(new Size(320, 240));
    assertThat(ThumbnailScaler.fit(3000, 4000, 320)).isEqualTo(new Size(240, 320));
    assertThat(ThumbnailScaler.fit(1000, 1000, 320)).isEqualTo(new Size(320, 320));
    // 333.33… rounds down, 106.67 up.
    assertThat(ThumbnailScaler.fit(1200, 1250, 320)).isEqualTo(new Size(307, 320));
    assertThat(ThumbnailScaler.fit(3000, 1000, 320)).isEqualTo(new Size(320, 107));
  }

  @Test
  void aPhotoInsideTheBoxKeepsItsSizeAndAStripKeepsOnePixel() {
    assertThat(ThumbnailScaler.fit(200, 100, 320)).isEqualTo(new Size(200, 100));
    assertThat(ThumbnailScaler.fit(320, 320, 320)).isEqualTo(new Size(320, 320));
    assertThat(ThumbnailScaler.fit(10000, 2, 320)).isEqualTo(new Size(320, 1));
    assertThatThrownBy(() -> ThumbnailScaler.fit(0, 10, 320))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decodingStepsOverPixelsButNeverBelowTheTarget() {
    assertThat(ThumbnailScaler.subsampling(8000, 6000, new Size(320, 240))).isEqualTo(25);
    assertThat(ThumbnailScaler.subsampling(1000, 700, new Size(320, 224))).isEqualTo(3);
    assertThat(ThumbnailScaler.subsampling(500, 400, new Size(320, 256))).isEqualTo(1);
    assertThat(ThumbnailScaler.subsampling(200, 100, new Size(200, 100))).isEqualTo(1);
  }

  @Test
  void aPngBecomesAJpegOfTheFittedSizeWithItsColours() throws IOException {
    BufferedImage photo = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, 600, 600);
    g.setColor(Color.BLUE);
    g.fillRect(600, 0, 600, 600);
    g.dispose();

    byte[] thumbnail = ThumbnailScaler.thumbnail(bytes(photo, "png"), 320, 50_000_000);

    assertThat(thumbnail[0]).isEqualTo((byte) 0xFF);
    assertThat(thumbnail[1]).isEqualTo((byte) 0xD8);
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(thumbnail));
    assertThat(read.getWidth()).isEqualTo(320);
    assertThat(read.getHeight()).isEqualTo(160);
    Color left = new Color(read.getRGB(40, 80));
    Color right = new Color(read.getRGB(280, 80));
    assertThat(left.getRed()).isGreaterThan(200);
    assertThat(left.getBlue()).isLessThan(50);
    assertThat(right.getBlue()).isGreaterThan(200);
    assertThat(right.getRed()).isLessThan(50);
  }

  @Test
  void transparentPartsOfAPngComeOutWhite() throws IOException {
    BufferedImage clear = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);

    BufferedImage read =
        ImageIO.read(
            new ByteArrayInputStream(ThumbnailScaler.thumbnail(bytes(clear, "png"), 320, 1000)));

    assertThat(read.getWidth()).isEqualTo(40);
    assertThat(read.getHeight()).isEqualTo(20);
    assertThat(new Color(read.getRGB(10, 10)).getGreen()).isGreaterThan(245);
  }

  @Test
  void anImageOfMorePixelsThanAllowedIsRefusedBeforeItIsDecoded() throws IOException {
    byte[] png = bytes(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png");

    assertThatThrownBy(() -> ThumbnailScaler.thumbnail(png, 320, 59_999))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "The image has 300×200 pixels (60,000); a thumbnail is made of images of at most 59,999"
                + " pixels and 16,384 a side")
        .extracting(e -> ((ConflictException) e).context().get("reason"))
        .isEqualTo("image-too-large");
    assertThat(ThumbnailScaler.thumbnail(png, 320, 60_000)).isNotEmpty();
  }

  /**
   * A PNG of 50,000,000×1 pixels is 50 megapixels, within the pixel limit, but its reader would
   * hold rows of 50,000,000 pixels: it is refused by its width, from its header alone.
   */
  @Test
  void anImageWiderThanAnyPhotoIsRefusedFromItsHeader() {
    byte[] png = pngHeader(50_000_000, 1);

    assertThatThrownBy(() -> ThumbnailScaler.thumbnail(png, 320, 50_000_000))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "The image has 50000000×1 pixels (50,000,000); a thumbnail is made of images of at"
                + " most 50,000,000 pixels and 16,384 a side")
        .extracting(e -> ((ConflictException) e).context().get("reason"))
        .isEqualTo("image-too-large");
  }

  @Test
  void anImageOfAnotherFormatIsRefusedThoughImageIoReadsIt() throws IOException {
    byte[] gif = bytes(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif");

    assertThatThrownBy(() -> ThumbnailScaler.thumbnail(gif, 320, 1000))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "The image could not be read to make a thumbnail: it is neither a JPEG nor a PNG image");
  }

  @Test
  void bytesThatAreNoImageAreRefusedAsUnreadable() {
    assertThatThrownBy(() -> ThumbnailScaler.thumbnail("%PDF-1.4".getBytes(), 320, 1000))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "The image could not be read to make a thumbnail: it is neither a JPEG nor a PNG image");
    byte[] truncated = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    assertThatThrownBy(() -> ThumbnailScaler.thumbnail(truncated, 320, 1000))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).context().get("reason"))
        .isEqualTo("unreadable-image");
  }

  /** The signature and header chunk of a greyscale PNG of that size: enough for its reader. */
  private static byte[] pngHeader(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII));
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0);
    ihdr.put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    return png.array();
  }

  private static byte[] bytes(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
