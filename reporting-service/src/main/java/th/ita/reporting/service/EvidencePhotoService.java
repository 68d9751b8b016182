package th.ita.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import th.ita.reporting.domain.EvidenceThumbnail;
import th.ita.reporting.repository.ThumbnailRepository;

/** The thumbnails a progress report shows: those fetched so far of its evidence photos. */
@ApplicationScoped
public class EvidencePhotoService {

  private final ThumbnailRepository thumbnails;

  public EvidencePhotoService(ThumbnailRepository thumbnails) {
    this.thumbnails = thumbnails;
  }

  public EvidencePhotos of(ProgressReportData report) {
    List<UUID> ids =
        report.measures().stream()
            .flatMap(m -> m.evidence().stream())
            .flatMap(e -> e.files().stream())
            .filter(MeasureData.EvidenceFile::isPhoto)
            .map(MeasureData.EvidenceFile::id)
            .toList();
    if (ids.isEmpty()) {
      return EvidencePhotos.NONE;
    }
    Map<UUID, EvidencePhotos.Photo> photos = new HashMap<>();
    for (EvidenceThumbnail t : thumbnails.fetched(ids)) {
      photos.put(t.fileId, new EvidencePhotos.Photo(t.sha256, t.mediaType, t.bytes));
    }
    return new EvidencePhotos(photos);
  }
}
