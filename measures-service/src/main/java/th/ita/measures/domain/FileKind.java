package th.ita.measures.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of evidence file the platform keeps: photos, PDFs and office files. */
public enum FileKind {
  JPEG("image/jpeg", "a JPEG image", List.of("jpg", "jpeg"), List.of("image/jpg", "image/pjpeg")),
  PNG("image/png", "a PNG image", List.of("png"), List.of()),
  PDF("application/pdf", "a PDF document", List.of("pdf"), List.of()),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "a Word (DOCX) document",
      List.of("docx"),
      List.of()),
  XLSX(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "an Excel (XLSX) workbook",
      List.of("xlsx"),
      List.of());

  /** The media types, as the API documents the files' contentType. */
  public static final String[] MEDIA_TYPES =
      Arrays.stream(values()).map(FileKind::mediaType).toArray(String[]::new);

  private final String mediaType;
  private final String description;
  private final List<String> extensions;
  private final List<String> aliases;

  FileKind(String mediaType, String description, List<String> extensions, List<String> aliases) {
    this.mediaType = mediaType;
    this.description = description;
    this.extensions = extensions;
    this.aliases = aliases;
  }

  public String mediaType() {
    return mediaType;
  }

  /** What it is, for messages: "a PDF document". */
  public String description() {
    return description;
  }

  /** The usual extension, for a download's file name. */
  public String extension() {
    return extensions.get(0);
  }

  /** The kind a media type names (parameters and case ignored), if it names one. */
  public static Optional<FileKind> ofMediaType(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.mediaType.equals(bare) || k.aliases.contains(bare))
        .findFirst();
  }

  /** The kind a file name's extension names (case ignored), if it names one. */
  public static Optional<FileKind> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
  }
}
