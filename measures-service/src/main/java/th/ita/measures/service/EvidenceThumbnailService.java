package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.measures.domain.EvidenceFile;
import th.ita.measures.domain.FileKind;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.UnavailableException;

/**
 * Small JPEG copies of an entry's photos, for the documents that show them (reporting-service's
 * progress report). Made from the kept bytes on each request, never stored: the client keeps them,
 * by the ETag, which names the file's content and the thumbnail's size.
 */
@ApplicationScoped
public class EvidenceThumbnailService {

  /** The box thumbnails fit into, in pixels a side. */
  public static final int BOX = 320;

  /** How long a request waits for a turn to decode before it is told to come back. */
  private static final long WAIT_SECONDS = 10;

  private final EvidenceFileService files;
  private final long maxPixels;

  /**
   * Decoding a large photo takes tens of megabytes (a progressive JPEG's decoder keeps its
   * coefficients in native memory), so only a few are decoded at once, whoever asks.
   */
  private final Semaphore decoding;

  public EvidenceThumbnailService(
      EvidenceFileService files,
      @ConfigProperty(name = "ita.evidence.thumbnails.max-pixels", defaultValue = "50000000")
          long maxPixels,
      @ConfigProperty(name = "ita.evidence.thumbnails.concurrent", defaultValue = "2")
          int concurrent) {
    this.files = files;
    this.maxPixels = maxPixels;
    this.decoding = new Semaphore(concurrent, true);
  }

  /**
   * The ETag value of the file's thumbnail: its content's SHA-256 and the box, so a new size is a
   * new tag.
   */
  public String tag(EvidenceFile file) {
    return file.sha256 + "-" + BOX;
  }

  /**
   * The thumbnail, as JPEG.
   *
   * @throws ConflictException when the file is not a photo ({@code reason} {@code not-an-image}),
   *     cannot be read as one, or has more pixels than {@code ita.evidence.thumbnails.max-pixels}
   */
  public byte[] thumbnail(EvidenceFile file) {
    requirePhoto(file);
    // The bytes are read only once it is this request's turn: waiting requests hold none of them.
    try {
      if (!decoding.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new UnavailableException(
            "Thumbnails are being made for other requests just now; try again shortly");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException("The thumbnail was not made: the request was interrupted");
    }
    try {
      return ThumbnailScaler.thumbnail(files.content(file), BOX, maxPixels);
    } finally {
      decoding.release();
    }
  }

  /** Only JPEG and PNG photos have a thumbnail: a PDF's or a workbook's would need a renderer. */
  public void requirePhoto(EvidenceFile file) {
    Optional<FileKind> kind = FileKind.ofMediaType(file.contentType);
    if (kind.isEmpty() || (kind.get() != FileKind.JPEG && kind.get() != FileKind.PNG)) {
      throw new ConflictException(
          "'"
              + file.fileName
              + "' is "
              + kind.map(FileKind::description).orElse(file.contentType)
              + ": only JPEG and PNG photos have a thumbnail",
          Map.of("reason", "not-an-image", "fileName", file.fileName));
    }
  }
}
