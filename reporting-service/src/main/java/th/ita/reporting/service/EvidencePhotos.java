package th.ita.reporting.service;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The thumbnails the read model holds of a document's evidence photos, by file id. A document shows
 * what is here and names the rest: it never waits for a thumbnail, nor fails for lack of one.
 */
public record EvidencePhotos(Map<UUID, Photo> byFile) {

  /** No thumbnails: every file is named, none shown. */
  public static final EvidencePhotos NONE = new EvidencePhotos(Map.of());

  public EvidencePhotos {
    byFile = Map.copyOf(byFile);
  }

  /** A thumbnail, JPEG, of the content whose SHA-256 is {@code sha256}. */
  public record Photo(String sha256, String mediaType, byte[] bytes) {}

  /** The thumbnail of exactly this file's content, if the read model has fetched it. */
  public Optional<Photo> of(MeasureData.EvidenceFile file) {
    Photo photo = byFile.get(file.id());
    return photo != null && photo.sha256().equals(file.sha256())
        ? Optional.of(photo)
        : Optional.empty();
  }
}
