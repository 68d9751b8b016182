package th.ita.measures.service;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.EvidenceFile;
import th.ita.measures.domain.FileKind;
import th.ita.measures.domain.Measure;
import th.ita.measures.event.PlanEvents;
import th.ita.measures.repository.EvidenceFileRepository;
import th.ita.measures.repository.EvidenceFileStore;
import th.ita.measures.repository.EvidenceRepository;
import th.ita.measures.service.EvidenceFileRefusedException.Reason;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.time.Stamps;

/**
 * The files that prove an evidence entry: photos, signed minutes, reports. Each upload is checked
 * whole before anything is kept (the kind from the bytes, each file's size and the measure's
 * total), and adding or removing files is a change to the measure, announced as {@code
 * EvidenceRecorded} with the entry as it now stands.
 */
@ApplicationScoped
public class EvidenceFileService {

  /** The multipart part that carries the files. */
  public static final String PART = "file";

  private static final int MAX_NAME_LENGTH = 255;

  private final EvidenceRepository evidence;
  private final EvidenceFileRepository files;
  private final EvidenceFileStore store;
  private final PlanEvents events;
  private final Clock clock;
  private final long maxFileBytes;
  private final long maxMeasureBytes;
  private final int maxPerEvidence;

  public EvidenceFileService(
      EvidenceRepository evidence,
      EvidenceFileRepository files,
      EvidenceFileStore store,
      PlanEvents events,
      Clock clock,
      @ConfigProperty(name = "ita.evidence.files.max-file-size", defaultValue = "10M")
          MemorySize maxFileBytes,
      @ConfigProperty(name = "ita.evidence.files.max-measure-size", defaultValue = "50M")
          MemorySize maxMeasureBytes,
      @ConfigProperty(name = "ita.evidence.files.max-per-evidence", defaultValue = "20")
          int maxPerEvidence) {
    this.evidence = evidence;
    this.files = files;
    this.store = store;
    this.events = events;
    this.clock = clock;
    this.maxFileBytes = maxFileBytes.asLongValue();
    this.maxMeasureBytes = maxMeasureBytes.asLongValue();
    this.maxPerEvidence = maxPerEvidence;
  }

  /** The evidence entry, or the 404 of one that does not exist. */
  public Evidence evidence(UUID evidenceId) {
    return evidence.findByIdOptional(evidenceId).orElseThrow(() -> noEvidence(evidenceId));
  }

  /** The 404 for an evidence entry that does not exist, or that the caller may not see. */
  public static NotFoundException noEvidence(UUID evidenceId) {
    return NotFoundException.of("Evidence", evidenceId);
  }

  /** The entry's file of that id, or the 404 of one it does not have. */
  public EvidenceFile file(Evidence entry, UUID fileId) {
    return entry.files.stream()
        .filter(f -> f.id.equals(fileId))
        .findFirst()
        .orElseThrow(() -> NotFoundException.of("Evidence file", fileId));
  }

  /** The bytes of a file; a file whose bytes the store lost is a 404 too. */
  public byte[] content(EvidenceFile file) {
    return store.get(file.id).orElseThrow(() -> NotFoundException.of("Evidence file", file.id));
  }

  /**
   * Checks every file, then keeps them all with the entry, or keeps none: an unreadable name, an
   * empty file or too many files are a 400 or 409, a file too large (alone, or for the measure's
   * total) a 413, a kind the platform does not keep or a file that is not what its name or declared
   * type say a 415.
   */
  @Transactional
  public List<EvidenceFile> upload(UUID evidenceId, List<NewFile> uploaded, String user) {
    Evidence entry = evidence(evidenceId);
    // One upload at a time per measure, so that two cannot both pass the measure's total.
    Measure measure = Measure.findById(entry.measureId, LockModeType.PESSIMISTIC_WRITE);
    if (uploaded.isEmpty()) {
      throw InvalidInputException.field(
          PART, "must hold at least one file: send each as a multipart part named '" + PART + "'");
    }
    if (entry.files.size() + uploaded.size() > maxPerEvidence) {
      throw new ConflictException(
          "Evidence "
              + evidenceId
              + " has "
              + entry.files.size()
              + " files; with "
              + uploaded.size()
              + " more it would pass the "
              + maxPerEvidence
              + " an entry may hold (ita.evidence.files.max-per-evidence)");
    }
    List<Checked> checked = new ArrayList<>();
    long total = files.totalBytesOfMeasure(measure.id);
    for (NewFile file : uploaded) {
      String name = fileName(file.fileName());
      if (file.size() == 0) {
        throw new InvalidInputException(
            List.of(new FieldError(PART, "'" + name + "' is empty", name)));
      }
      if (file.size() > maxFileBytes) {
        throw new EvidenceFileRefusedException(
            Reason.TOO_LARGE,
            name,
            String.format(
                "'%s' has %,d bytes; a file may have at most %,d (ita.evidence.files.max-file-size)",
                name, file.size(), maxFileBytes));
      }
      total += file.size();
      if (total > maxMeasureBytes) {
        throw new EvidenceFileRefusedException(
            Reason.TOO_LARGE,
            name,
            String.format(
                "With '%s' the files of measure %s would take %,d bytes; a measure's evidence may"
                    + " take at most %,d (ita.evidence.files.max-measure-size)",
                name, measure.id, total, maxMeasureBytes));
      }
      byte[] bytes = read(file);
      checked.add(new Checked(name, kind(name, file.declaredType(), bytes), bytes));
    }
    OffsetDateTime now = Stamps.now(clock);
    List<EvidenceFile> kept = new ArrayList<>();
    for (Checked c : checked) {
      EvidenceFile f = new EvidenceFile();
      f.id = UUID.randomUUID();
      f.evidence = entry;
      f.fileName = c.name();
      f.contentType = c.kind().mediaType();
      f.size = c.bytes().length;
      f.sha256 = sha256(c.bytes());
      f.uploadedAt = now;
      f.uploadedBy = user;
      files.persistAndFlush(f);
      store.put(f.id, c.bytes());
      entry.files.add(f);
      kept.add(f);
    }
    touched(measure, entry, user);
    return kept;
  }

  /** Removes one file of the entry, its bytes with it. */
  @Transactional
  public void delete(UUID evidenceId, UUID fileId, String user) {
    Evidence entry = evidence(evidenceId);
    Measure measure = Measure.findById(entry.measureId, LockModeType.PESSIMISTIC_WRITE);
    EvidenceFile file = file(entry, fileId);
    store.delete(file.id);
    entry.files.remove(file);
    files.delete(file);
    touched(measure, entry, user);
  }

  /**
   * Files are part of the evidence, so a change to them is a change to the measure: its version
   * moves on, and the snapshot announced now orders after every earlier one.
   */
  private void touched(Measure measure, Evidence entry, String user) {
    measure.changed(user, clock);
    Measure.getEntityManager().flush();
    events.evidenceRecorded(measure, evidence.forMeasure(measure.id), entry);
  }

  private record Checked(String name, FileKind kind, byte[] bytes) {}

  /**
   * The file's own name, without the folders some browsers send ({@code C:\fakepath\…}); it must be
   * printable, since documents list it.
   */
  static String fileName(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
    if (name.isEmpty()) {
      throw InvalidInputException.field(PART, "each file must have a name");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c)
          || Character.isSurrogate(c)
          || c == '\uFFFD'
          || isBidiControl(c)) {
        throw new InvalidInputException(
            List.of(
                new FieldError(
                    PART,
                    String.format(
                        "the file name must not contain control characters (found U+%04X at"
                            + " position %d)",
                        (int) c, i),
                    name)));
      }
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  PART,
                  "the file name must have at most " + MAX_NAME_LENGTH + " characters",
                  name.substring(0, 40) + "…")));
    }
    return name;
  }

  /**
   * A character that reorders how the name is shown: "photo\u202Egpj.exe" displays as
   * "photoexe.jpg", so a name could hide its real extension from the officer who opens it.
   */
  private static boolean isBidiControl(char c) {
    return c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * The kind the bytes are; refused when it is none the platform keeps, or when the name's
   * extension or the declared type (unless it is a generic one) say otherwise.
   */
  static FileKind kind(String name, String declaredType, byte[] bytes) {
    FileKind kind =
        FileSniffer.kindOf(bytes)
            .orElseThrow(
                () ->
                    new EvidenceFileRefusedException(
                        Reason.UNSUPPORTED_TYPE,
                        name,
                        "'"
                            + name
                            + "' is not a JPEG or PNG image, a PDF, or a DOCX or XLSX file: only"
                            + " those are kept as evidence"));
    String declared =
        declaredType == null ? "" : declaredType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    boolean generic = declared.isEmpty() || declared.equals("application/octet-stream");
    Optional<FileKind> claimed = FileKind.ofMediaType(declared);
    if (!generic && claimed.orElse(null) != kind) {
      throw new EvidenceFileRefusedException(
          Reason.UNSUPPORTED_TYPE,
          name,
          "'" + name + "' is declared " + declared + " but its content is " + kind.description());
    }
    Optional<FileKind> named = FileKind.ofFileName(name);
    if (named.isEmpty()) {
      // The name is what the officer opens the download with: it must say what the file is.
      throw new EvidenceFileRefusedException(
          Reason.UNSUPPORTED_TYPE,
          name,
          "'" + name + "' must be named as what it is: its content is " + kind.description());
    }
    if (named.get() != kind) {
      throw new EvidenceFileRefusedException(
          Reason.UNSUPPORTED_TYPE,
          name,
          "'"
              + name
              + "' is named as "
              + named.get().description()
              + " but its content is "
              + kind.description());
    }
    return kind;
  }

  private static byte[] read(NewFile file) {
    try {
      return Files.readAllBytes(file.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the upload of " + file.fileName(), e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
