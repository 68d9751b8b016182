package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.ImportError;
import th.ita.assessment.domain.ImportJob;
import th.ita.assessment.domain.ImportRow;
import th.ita.assessment.mapping.ImportAgencyMapper;
import th.ita.assessment.mapping.ImportRowsMapper;
import th.ita.assessment.repository.AgencyRepository;
import th.ita.assessment.repository.ImportRowRepository;
import th.ita.assessment.rest.AgencyInput;
import th.ita.platform.common.problem.FieldError;

/**
 * Loads a group of agencies of an import in one transaction: each agency is checked whole and
 * either loaded whole or rejected with every problem and its line. The group's staging rows are
 * deleted and the job's counters moved in the same transaction, so progress is exactly what is
 * committed and a resumed job never loads an agency twice.
 */
@ApplicationScoped
public class ImportLoader {

  private static final Pattern QUESTION_FIELD = Pattern.compile("questions\\[(\\d+)](?:\\.(.+))?");

  private final ImportRowRepository staging;
  private final AgencyRepository agencyRepository;
  private final AgencyService agencies;
  private final ResultValidator resultValidator;
  private final ResultService results;
  private final Validator validator;

  public ImportLoader(ImportRowRepository staging, AgencyRepository agencyRepository, AgencyService agencies,
      ResultValidator resultValidator, ResultService results, Validator validator) {
    this.staging = staging;
    this.agencyRepository = agencyRepository;
    this.agencies = agencies;
    this.resultValidator = resultValidator;
    this.results = results;
    this.validator = validator;
  }

  /** Loads the agencies with codes from {@code from} to {@code to}, both included. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void load(UUID jobId, Framework framework, String from, String to) {
    ImportJob job = ImportJob.findById(jobId);
    Map<String, List<ImportRow>> byAgency = new LinkedHashMap<>();
    int rows = 0;
    for (ImportRow row : staging.rows(jobId, from, to)) {
      byAgency.computeIfAbsent(row.agencyCode(), k -> new ArrayList<>()).add(row);
      rows++;
    }
    // Everything the group needs is read up front, so that the loop below only writes; Hibernate
    // then flushes the whole group once, at commit.
    agencyRepository.getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.COMMIT);
    Map<String, Agency> known = new HashMap<>();
    agencyRepository.list("code in ?1", byAgency.keySet()).forEach(a -> known.put(a.code, a));
    Map<String, AssessmentResult> latest = results.latestOf(byAgency.keySet(), framework.fiscalYear());
    List<ImportError> errors = new ArrayList<>();
    for (var entry : byAgency.entrySet()) {
      loadAgency(job, framework, entry.getKey(), entry.getValue(), known.get(entry.getKey()), latest, errors);
    }
    staging.addErrors(jobId, errors);
    staging.delete(jobId, from, to);
    job.rowsDone += rows;
    job.heartbeatAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
  }

  /**
   * Rejects the agencies from {@code from} to {@code to} because they could not be stored for a
   * reason of their own (a database constraint, say), after loading them one by one also failed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void reject(UUID jobId, String from, String to, String reason) {
    ImportJob job = ImportJob.findById(jobId);
    List<ImportRow> rows = staging.rows(jobId, from, to);
    List<String> codes = rows.stream().map(ImportRow::agencyCode).distinct().toList();
    staging.addErrors(jobId, codes.stream().map(code -> new ImportError(null, code, "agency_code",
        "could not be stored: " + reason, code)).toList());
    staging.delete(jobId, from, to);
    job.agenciesRejected += codes.size();
    job.rowsDone += rows.size();
  }

  private void loadAgency(ImportJob job, Framework framework, String code, List<ImportRow> rows, Agency agency,
      Map<String, AssessmentResult> latest, List<ImportError> errors) {
    List<ImportError> problems = new ArrayList<>();
    if (code.isEmpty()) {
      rows.forEach(r -> problems.add(new ImportError(r.line(), null, "agency_code", "the agency code is empty", null)));
      reject(job, errors, problems);
      return;
    }
    ImportRowsMapper.Mapped mapped = ImportRowsMapper.map(code, rows, job.correctionReason);
    problems.addAll(mapped.errors());
    AgencyInput newAgency = null;
    if (agency == null && !job.createAgencies) {
      problems.add(new ImportError(rows.get(0).line(), code, "agency_code", "agency " + code
          + " is not in the registry; register it first, or import with createAgencies=true and its name and type", code));
    } else if (agency == null) {
      newAgency = ImportAgencyMapper.toInput(code, rows, problems);
      for (ConstraintViolation<AgencyInput> v : validator.validate(newAgency)) {
        String path = v.getPropertyPath().toString();
        String column = ImportAgencyMapper.COLUMN_OF_FIELD.getOrDefault(path, path);
        // An unreadable type was already reported; "must not be null" would only repeat it.
        if (problems.stream().noneMatch(p -> column.equals(p.field()) && code.equals(p.agencyCode()))) {
          problems.add(new ImportError(rows.get(0).line(), code, column, v.getMessage(), text(v.getInvalidValue())));
        }
      }
    }
    for (FieldError error : resultValidator.validate(framework, mapped.input())) {
      problems.add(toImportError(code, error, mapped.questionLines()));
    }
    if (!problems.isEmpty()) {
      reject(job, errors, problems);
      return;
    }
    if (agency == null) {
      agency = agencies.add(newAgency, job.createdBy);
      job.agenciesCreated++;
    }
    AssessmentResult previous = latest.get(ResultService.key(code, mapped.input().round()));
    ResultService.ImportOutcome outcome = results.importResult(agency, framework, mapped.input(), previous, job.publish,
        job.createdBy);
    if (outcome.rejected()) {
      reject(job, errors, List.of(new ImportError(null, code, "result", outcome.rejection(), null)));
    } else if (outcome.changed()) {
      job.agenciesLoaded++;
    } else {
      job.agenciesUnchanged++;
    }
  }

  private static void reject(ImportJob job, List<ImportError> errors, List<ImportError> problems) {
    errors.addAll(problems);
    job.agenciesRejected++;
  }

  /** The framework's checks speak of {@code questions[3].score}; the user needs the line. */
  private static ImportError toImportError(String code, FieldError error, List<ImportRowsMapper.Lines> questionLines) {
    Matcher m = QUESTION_FIELD.matcher(error.field());
    String value = text(error.rejectedValue());
    if (m.matches()) {
      int index = Integer.parseInt(m.group(1));
      Integer line = index < questionLines.size() ? questionLines.get(index).of(m.group(2)) : null;
      String field = m.group(2) == null ? "question" : m.group(2).startsWith("parts") ? "part" : m.group(2);
      return new ImportError(line, code, "code".equals(field) ? "question" : field, error.message(), value);
    }
    return new ImportError(null, code, "questions".equals(error.field()) ? "question" : error.field(), error.message(), value);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
