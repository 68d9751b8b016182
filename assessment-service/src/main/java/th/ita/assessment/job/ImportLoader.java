package th.ita.assessment.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyInput;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.ImportError;
import th.ita.assessment.domain.ImportJob;
import th.ita.assessment.domain.ImportRow;
import th.ita.assessment.mapping.ImportAgencyMapper;
import th.ita.assessment.mapping.ImportRowsMapper;
import th.ita.assessment.repository.AgencyRepository;
import th.ita.assessment.repository.ImportRowRepository;
import th.ita.assessment.service.AgencyService;
import th.ita.assessment.service.ResultService;
import th.ita.assessment.service.ResultValidator;
import th.ita.platform.common.job.JobTable.Claim;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.time.Stamps;
import th.ita.platform.common.validation.RecordValidators;

/**
 * Loads a group of agencies of an import in one transaction: each agency is checked whole and
 * either loaded whole or rejected with every problem and its line. The group's staging rows are
 * deleted and the job's counters moved in the same transaction, so progress is exactly what is
 * committed and a resumed job never loads an agency twice.
 *
 * <p>The heartbeat moves after each agency, in a transaction of its own, so a slow group is not
 * taken over while it runs. So that the heartbeat never waits on this transaction, the job's row is
 * written only at the end: the counters are kept in a {@link Tally} and added once the attempt has
 * made sure, with a row lock, that the job is still its own.
 */
@ApplicationScoped
public class ImportLoader {

  private static final Pattern QUESTION_FIELD = Pattern.compile("questions\\[(\\d+)](?:\\.(.+))?");

  private final ImportRowRepository staging;
  private final ImportAttempts attempts;
  private final AgencyRepository agencyRepository;
  private final AgencyService agencies;
  private final ResultValidator resultValidator;
  private final ResultService results;
  private final Validator validator;
  private final Clock clock;

  public ImportLoader(
      ImportRowRepository staging,
      ImportAttempts attempts,
      AgencyRepository agencyRepository,
      AgencyService agencies,
      ResultValidator resultValidator,
      ResultService results,
      ValidatorFactory validation,
      Clock clock) {
    this.clock = clock;
    this.staging = staging;
    this.attempts = attempts;
    this.agencyRepository = agencyRepository;
    this.agencies = agencies;
    this.resultValidator = resultValidator;
    this.results = results;
    this.validator = RecordValidators.of(validation);
  }

  /** What a transaction adds to the job's counters. */
  static final class Tally {
    int rows;
    int loaded;
    int unchanged;
    int rejected;
    int created;
  }

  /** Loads the agencies with codes from {@code from} to {@code to}, both included. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void load(
      Claim claim,
      Framework framework,
      String from,
      String to,
      ImportAttempts.Heartbeat heartbeat) {
    UUID jobId = claim.jobId();
    ImportJob job = ImportJob.findById(jobId);
    Map<String, List<ImportRow>> byAgency = new LinkedHashMap<>();
    int rows = 0;
    for (ImportRow row : staging.rows(jobId, from, to)) {
      byAgency.computeIfAbsent(row.agencyCode(), k -> new ArrayList<>()).add(row);
      rows++;
    }
    // Everything the group needs is read up front, so that the loop below only writes; Hibernate
    // then flushes the whole group once, at commit.
    agencyRepository
        .getEntityManager()
        .unwrap(Session.class)
        .setHibernateFlushMode(FlushMode.COMMIT);
    Map<String, Agency> known = new HashMap<>();
    agencyRepository.list("code in ?1", byAgency.keySet()).forEach(a -> known.put(a.code, a));
    Map<String, AssessmentResult> latest =
        results.latestOf(byAgency.keySet(), framework.fiscalYear());
    ResultService.ImportGroup group = results.importGroup(known.keySet(), framework.fiscalYear());
    List<ImportError> errors = new ArrayList<>();
    Tally tally = new Tally();
    for (var entry : byAgency.entrySet()) {
      loadAgency(
          job,
          tally,
          group,
          framework,
          entry.getKey(),
          entry.getValue(),
          known.get(entry.getKey()),
          latest,
          errors);
      heartbeat.beat();
    }
    results.endGroup(group);
    staging.addErrors(jobId, errors);
    staging.delete(jobId, from, to);
    tally.rows = rows;
    // The group's writes go out before the job's row is locked to count them: groups loading in
    // parallel then wait for each other only for that one row, not for each other's writes.
    agencyRepository.flush();
    record(claim, tally);
  }

  /**
   * Rejects the agencies from {@code from} to {@code to} because they could not be stored for a
   * reason of their own (a database constraint, say), after loading them one by one also failed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void reject(Claim claim, String from, String to, String reason) {
    UUID jobId = claim.jobId();
    List<ImportRow> rows = staging.rows(jobId, from, to);
    List<String> codes = rows.stream().map(ImportRow::agencyCode).distinct().toList();
    staging.addErrors(
        jobId,
        codes.stream()
            .map(
                code ->
                    new ImportError(
                        null, code, "agency_code", "could not be stored: " + reason, code))
            .toList());
    staging.delete(jobId, from, to);
    Tally tally = new Tally();
    tally.rejected = codes.size();
    tally.rows = rows.size();
    record(claim, tally);
  }

  /**
   * Rejects an agency with more rows than one agency may have, without reading them all: the error
   * names the first line past the limit. Rows without an agency code are each an error of their own
   * line; past the limit, one error says how many more there are.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void rejectOversized(Claim claim, String code, int rows, int maxRows) {
    UUID jobId = claim.jobId();
    List<Integer> lines = staging.lines(jobId, code, maxRows + 1);
    int past = lines.get(maxRows);
    List<ImportError> errors = new ArrayList<>();
    if (code.isEmpty()) {
      lines.subList(0, maxRows).forEach(line -> errors.add(emptyCode(line)));
      errors.add(
          new ImportError(
              past,
              null,
              "agency_code",
              "the agency code is empty; "
                  + (rows - maxRows)
                  + " rows from this line on have none, and only the first "
                  + maxRows
                  + " are listed",
              null));
    } else {
      errors.add(
          new ImportError(
              past,
              code,
              "agency_code",
              "agency "
                  + code
                  + " has "
                  + rows
                  + " rows, more than the "
                  + maxRows
                  + " one agency may have (ita.imports.max-rows-per-agency); none of them was loaded",
              code));
    }
    staging.addErrors(jobId, errors);
    staging.delete(jobId, code, code);
    Tally tally = new Tally();
    tally.rejected = 1;
    tally.rows = rows;
    record(claim, tally);
  }

  /**
   * Adds the tally to the job, once this attempt holds the job (else the transaction rolls back).
   */
  private void record(Claim claim, Tally tally) {
    attempts.hold(claim);
    ImportJob.update(
        "rowsDone = rowsDone + ?1, agenciesLoaded = agenciesLoaded + ?2, agenciesUnchanged = agenciesUnchanged + ?3,"
            + " agenciesRejected = agenciesRejected + ?4, agenciesCreated = agenciesCreated + ?5, heartbeatAt = ?6 where id = ?7",
        tally.rows,
        tally.loaded,
        tally.unchanged,
        tally.rejected,
        tally.created,
        Stamps.now(clock),
        claim.jobId());
  }

  private static ImportError emptyCode(int line) {
    return new ImportError(line, null, "agency_code", "the agency code is empty", null);
  }

  private void loadAgency(
      ImportJob job,
      Tally tally,
      ResultService.ImportGroup group,
      Framework framework,
      String code,
      List<ImportRow> rows,
      Agency agency,
      Map<String, AssessmentResult> latest,
      List<ImportError> errors) {
    List<ImportError> problems = new ArrayList<>();
    if (code.isEmpty()) {
      rows.forEach(r -> problems.add(emptyCode(r.line())));
      reject(tally, errors, problems);
      return;
    }
    ImportRowsMapper.Mapped mapped = ImportRowsMapper.map(code, rows, job.correctionReason);
    problems.addAll(mapped.errors());
    AgencyInput newAgency = null;
    if (agency == null && !job.createAgencies) {
      problems.add(
          new ImportError(
              rows.get(0).line(),
              code,
              "agency_code",
              "agency "
                  + code
                  + " is not in the registry; register it first, or import with createAgencies=true and its name and type",
              code));
    } else if (agency == null) {
      newAgency = ImportAgencyMapper.toInput(code, rows, problems);
      for (ConstraintViolation<AgencyInput> v : validator.validate(newAgency)) {
        String path = v.getPropertyPath().toString();
        String column = ImportAgencyMapper.COLUMN_OF_FIELD.getOrDefault(path, path);
        // An unreadable type was already reported; "must not be null" would only repeat it.
        if (problems.stream()
            .noneMatch(p -> column.equals(p.field()) && code.equals(p.agencyCode()))) {
          problems.add(
              new ImportError(
                  rows.get(0).line(), code, column, v.getMessage(), text(v.getInvalidValue())));
        }
      }
    }
    for (FieldError error : resultValidator.validate(framework, mapped.input())) {
      problems.add(toImportError(code, error, mapped.questionLines()));
    }
    if (!problems.isEmpty()) {
      reject(tally, errors, problems);
      return;
    }
    if (agency == null) {
      agency = agencies.add(newAgency, job.createdBy);
      tally.created++;
    }
    AssessmentResult previous = latest.get(ResultService.key(code, mapped.input().round()));
    ResultService.ImportOutcome outcome =
        results.importResult(
            group, agency, framework, mapped.input(), previous, job.publish, job.createdBy);
    if (outcome.rejected()) {
      reject(
          tally, errors, List.of(new ImportError(null, code, "result", outcome.rejection(), null)));
    } else if (outcome.changed()) {
      tally.loaded++;
    } else {
      tally.unchanged++;
    }
  }

  private static void reject(Tally tally, List<ImportError> errors, List<ImportError> problems) {
    errors.addAll(problems);
    tally.rejected++;
  }

  /** The framework's checks speak of {@code questions[3].score}; the user needs the line. */
  private static ImportError toImportError(
      String code, FieldError error, List<ImportRowsMapper.Lines> questionLines) {
    Matcher m = QUESTION_FIELD.matcher(error.field());
    String value = text(error.rejectedValue());
    if (m.matches()) {
      int index = Integer.parseInt(m.group(1));
      Integer line = index < questionLines.size() ? questionLines.get(index).of(m.group(2)) : null;
      String field =
          m.group(2) == null ? "question" : m.group(2).startsWith("parts") ? "part" : m.group(2);
      return new ImportError(
          line, code, "code".equals(field) ? "question" : field, error.message(), value);
    }
    return new ImportError(
        null,
        code,
        "questions".equals(error.field()) ? "question" : error.field(),
        error.message(),
        value);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
