package th.ita.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.FrameworkRecord;
import th.ita.assessment.event.FrameworkEvents;
import th.ita.assessment.repository.ResultRepository;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.time.Stamps;

/**
 * Frameworks are data: the years the platform ships with are loaded from {@code frameworks/} at
 * start-up when missing, and later years are created through the API, usually by cloning the
 * previous year and editing it.
 */
@ApplicationScoped
public class FrameworkService {

  private static final Logger LOG = Logger.getLogger(FrameworkService.class);

  private final ObjectMapper json;
  private final FrameworkValidator validator;
  private final ResultRepository results;
  private final List<Integer> bundled;
  private final FrameworkEvents events;
  private final Clock clock;

  /** Parsed frameworks by fiscal year, with the version they were parsed from. */
  private final ConcurrentMap<Integer, Parsed> parsed = new ConcurrentHashMap<>();

  private record Parsed(long version, Framework framework) {}

  public FrameworkService(
      ObjectMapper json,
      FrameworkValidator validator,
      ResultRepository results,
      @ConfigProperty(name = "ita.frameworks.bundled") List<Integer> bundled,
      FrameworkEvents events,
      Clock clock) {
    this.events = events;
    this.clock = clock;
    this.json = json;
    this.validator = validator;
    this.results = results;
    this.bundled = bundled;
  }

  @Transactional
  void loadBundled(@Observes StartupEvent start) {
    for (int year : bundled) {
      if (FrameworkRecord.findById(year) != null) {
        continue;
      }
      FrameworkDefinition definition = readBundled(year);
      List<FieldError> errors = validator.validate(definition);
      if (!errors.isEmpty()) {
        throw new IllegalStateException("Bundled framework FY" + year + " is invalid: " + errors);
      }
      // ON CONFLICT: several replicas may start at once; the first one wins.
      FrameworkRecord.getEntityManager()
          .createNativeQuery(
              """
              INSERT INTO framework (fiscal_year, definition, version, created_at, created_by, updated_at, updated_by)
              VALUES (?1, cast(?2 as jsonb), 0, ?3, 'platform', ?3, 'platform') ON CONFLICT DO NOTHING""")
          .setParameter(1, year)
          .setParameter(2, write(definition))
          .setParameter(3, Stamps.now(clock))
          .executeUpdate();
      LOG.infof("Loaded the FY%d framework", year);
    }
    announceUnannounced();
  }

  /**
   * Announces every framework whose current version was never announced: the bundled ones just
   * loaded, and those stored before {@code FrameworkPublished} existed. The UPDATE claims them: a
   * replica starting at the same time waits for this transaction's row locks and then finds nothing
   * left to claim, so each version is announced once.
   */
  @Transactional
  public void announceUnannounced() {
    @SuppressWarnings("unchecked")
    List<Object[]> claimed =
        FrameworkRecord.getEntityManager()
            .createNativeQuery(
                """
                UPDATE framework SET announced_version = version
                WHERE announced_version IS DISTINCT FROM version
                RETURNING fiscal_year, version""")
            .getResultList();
    for (Object[] row : claimed) {
      FrameworkRecord record = FrameworkRecord.findById(((Number) row[0]).intValue());
      events.published(Framework.of(definition(record)), ((Number) row[1]).longValue());
      LOG.infof("Announced the FY%d framework, version %d", record.fiscalYear, record.version);
    }
  }

  /** Announces the record's version, which this transaction has just stored. */
  private void announce(FrameworkRecord record) {
    FrameworkRecord.getEntityManager()
        .createNativeQuery("UPDATE framework SET announced_version = ?2 WHERE fiscal_year = ?1")
        .setParameter(1, record.fiscalYear)
        .setParameter(2, record.version)
        .executeUpdate();
    events.published(Framework.of(definition(record)), record.version);
  }

  /**
   * The version of the year's framework that results are scored against now; results name it, so
   * consumers join them to the {@code FrameworkPublished} of that version.
   */
  public long currentVersion(int fiscalYear) {
    return version(fiscalYear);
  }

  public List<FrameworkRecord> list() {
    return FrameworkRecord.listAll(Sort.by("fiscalYear"));
  }

  /**
   * Answers 404 unless the year has a framework, reading only its version: the whole record holds
   * every question's texts, and loading it for each ranking cost several times the ranking's own
   * query.
   */
  public void requireYear(int fiscalYear) {
    version(fiscalYear);
  }

  private long version(int fiscalYear) {
    List<Long> version =
        FrameworkRecord.getEntityManager()
            .createQuery(
                "select f.version from FrameworkRecord f where f.fiscalYear = ?1", Long.class)
            .setParameter(1, fiscalYear)
            .getResultList();
    if (version.isEmpty()) {
      throw NotFoundException.of("Framework for fiscal year", fiscalYear);
    }
    return version.get(0);
  }

  public FrameworkRecord record(int fiscalYear) {
    FrameworkRecord record = FrameworkRecord.findById(fiscalYear);
    if (record == null) {
      throw NotFoundException.of("Framework for fiscal year", fiscalYear);
    }
    return record;
  }

  /**
   * The year's framework, ready for scoring. Parsing one takes longer than scoring a result, so
   * each is kept once parsed, and asked again only when its version in the database moves on (an
   * edit, perhaps by another replica).
   */
  public Framework get(int fiscalYear) {
    long version = version(fiscalYear);
    Parsed cached = parsed.get(fiscalYear);
    if (cached != null && cached.version() == version) {
      return cached.framework();
    }
    FrameworkRecord record = record(fiscalYear);
    Framework framework = Framework.of(definition(record));
    parsed.put(fiscalYear, new Parsed(record.version, framework));
    return framework;
  }

  public FrameworkDefinition definition(FrameworkRecord record) {
    try {
      return json.readValue(record.definition, FrameworkDefinition.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Stored framework FY" + record.fiscalYear + " is unreadable", e);
    }
  }

  @Transactional
  public FrameworkRecord create(FrameworkDefinition definition, String user) {
    requireValid(definition);
    if (FrameworkRecord.findById(definition.fiscalYear()) != null) {
      throw new ConflictException(
          "A framework for fiscal year "
              + definition.fiscalYear()
              + " already exists; edit it with PUT",
          Map.of("fiscalYear", definition.fiscalYear()));
    }
    FrameworkRecord record = new FrameworkRecord();
    record.fiscalYear = definition.fiscalYear();
    record.definition = write(definition);
    record.created(user, clock);
    record.persistAndFlush();
    announce(record);
    return record;
  }

  /** Next year's framework starts as a copy of this year's. */
  @Transactional
  public FrameworkRecord cloneYear(int fromYear, int toYear, String user) {
    FrameworkDefinition source = definition(record(fromYear));
    FrameworkDefinition copy =
        source.withFiscalYear(
            toYear,
            source.titleTh().replace(String.valueOf(fromYear), String.valueOf(toYear)),
            source.titleEn(),
            "Cloned from FY" + fromYear + " by " + user);
    return create(copy, user);
  }

  /** Edits a framework no result has been scored against yet. */
  @Transactional
  public FrameworkRecord update(
      int fiscalYear, long expectedVersion, FrameworkDefinition definition, String user) {
    FrameworkRecord record = record(fiscalYear);
    ETags.requireCurrent("FY" + fiscalYear + " framework", record.version, expectedVersion);
    if (definition.fiscalYear() != null && definition.fiscalYear() != fiscalYear) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "fiscalYear",
                  "must be " + fiscalYear + ", the year in the path",
                  definition.fiscalYear())));
    }
    requireValid(definition);
    if (results.anyForYear(fiscalYear)) {
      throw new ConflictException(
          "Results are already scored against the FY"
              + fiscalYear
              + " framework; it can no longer change");
    }
    record.definition = write(definition);
    record.changed(user, clock);
    record.persistAndFlush();
    announce(record);
    return record;
  }

  private void requireValid(FrameworkDefinition definition) {
    List<FieldError> errors = validator.validate(definition);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private FrameworkDefinition readBundled(int year) {
    String resource = "frameworks/fy" + year + ".json";
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled framework " + resource);
      }
      return json.readValue(in, FrameworkDefinition.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable bundled framework " + resource, e);
    }
  }

  private String write(FrameworkDefinition definition) {
    try {
      return json.writeValueAsString(definition);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
