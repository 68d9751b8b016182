package th.ita.assessment.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.assessment.domain.FrameworkRecord;
import th.ita.assessment.domain.ImportError;
import th.ita.assessment.domain.ImportJob;
import th.ita.assessment.domain.ImportJob.FileFormat;
import th.ita.assessment.domain.ImportJob.State;
import th.ita.assessment.mapping.ImportFileReader;
import th.ita.assessment.repository.ImportRowRepository;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.time.Stamps;

/**
 * Accepts bulk imports. The file is read and its rows staged before the answer, so that a file that
 * cannot be read at all is refused at once and changes nothing; the agencies are loaded later by
 * the import worker ({@code job.ImportWorker}).
 */
@ApplicationScoped
public class ImportService {

  /** The job, and whether this request created it (false: the same file was imported before). */
  public record Accepted(ImportJob job, boolean created) {}

  /** What a client asks of an import. */
  public record Options(
      int fiscalYear,
      boolean publish,
      boolean createAgencies,
      String correctionReason,
      String fileName) {}

  private final ImportRowRepository staging;
  private final ImportFileReader reader;
  private final Clock clock;

  public ImportService(
      ImportRowRepository staging,
      @ConfigProperty(name = "ita.imports.max-rows", defaultValue = "2000000") int maxRows,
      Clock clock) {
    this.staging = staging;
    this.clock = clock;
    this.reader = new ImportFileReader(maxRows);
  }

  public Accepted accept(InputStream body, FileFormat format, Options options, String user) {
    Path file = null;
    try {
      file = Files.createTempFile("ita-import-", "." + format.name().toLowerCase());
      String sha256 = copyHashing(body, file);
      Path staged = file;
      return QuarkusTransaction.requiringNew()
          .call(() -> stage(staged, sha256, format, options, user));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot buffer the import file", e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file; the operating system cleans it up
        }
      }
    }
  }

  private Accepted stage(Path file, String sha256, FileFormat format, Options options, String user)
      throws IOException {
    if (FrameworkRecord.findById(options.fiscalYear()) == null) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "fiscalYear",
                  "there is no framework for fiscal year " + options.fiscalYear(),
                  options.fiscalYear())));
    }
    ImportJob same =
        ImportJob.<ImportJob>find(
                "fileSha256 = ?1 and fiscalYear = ?2 and publish = ?3 and createAgencies = ?4"
                    + " and coalesce(correctionReason, '') = ?5 and state <> ?6",
                sha256,
                options.fiscalYear(),
                options.publish(),
                options.createAgencies(),
                options.correctionReason() == null ? "" : options.correctionReason(),
                State.FAILED)
            .firstResult();
    if (same != null) {
      return new Accepted(same, false);
    }
    ImportJob job = new ImportJob();
    job.id = UUID.randomUUID();
    job.fiscalYear = options.fiscalYear();
    job.fileName = options.fileName();
    job.fileFormat = format;
    job.fileSha256 = sha256;
    job.publish = options.publish();
    job.createAgencies = options.createAgencies();
    job.correctionReason = options.correctionReason();
    job.state = State.QUEUED;
    job.createdAt = Stamps.now(clock);
    job.createdBy = user;
    job.persistAndFlush(); // the staged rows refer to it
    int rows;
    ImportRowRepository.Stager stager = staging.stager(job.id);
    try {
      rows = reader.read(file, format, stager);
      stager.close();
    } catch (RuntimeException | IOException e) {
      stager.abort();
      throw e;
    }
    if (rows == 0) {
      throw new InvalidInputException(
          List.of(new FieldError("file", "the file has a header but no rows")));
    }
    job.rowsTotal = rows;
    job.agenciesTotal = staging.pendingAgencies(job.id).size();
    return new Accepted(job, true);
  }

  public ImportJob get(UUID id) {
    ImportJob job = ImportJob.findById(id);
    if (job == null) {
      throw NotFoundException.of("Import", id);
    }
    return job;
  }

  public Page<ImportJob> list(PageRequest page) {
    var query = ImportJob.<ImportJob>find("order by createdAt desc");
    return Page.of(query.page(page.page, page.size).list(), page, query.count());
  }

  public Page<ImportError> errors(UUID id, PageRequest page) {
    get(id);
    return Page.of(
        staging.errors(id, page.page * page.size, page.size), page, staging.errorCount(id));
  }

  private static String copyHashing(InputStream body, Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(body, digest);
        OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
