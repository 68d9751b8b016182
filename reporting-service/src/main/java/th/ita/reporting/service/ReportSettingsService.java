package th.ita.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.time.Stamps;
import th.ita.reporting.domain.ReportSettings;

/**
 * An agency's report settings: whether its published documents are public, and the front matter of
 * its measures document. Until it sets them, documents are not public and the front matter is the
 * standard text (version -1).
 */
@ApplicationScoped
public class ReportSettingsService {

  private final Clock clock;

  public ReportSettingsService(Clock clock) {
    this.clock = clock;
  }

  public ReportSettings get(String agencyCode) {
    String code = knownAgency(agencyCode);
    ReportSettings settings = ReportSettings.findById(code);
    return settings != null ? settings : defaults(code);
  }

  /** True when the agency chose to publish its documents to anyone, token or not. */
  public boolean isPublic(String agencyCode) {
    ReportSettings settings = ReportSettings.findById(Requests.agencyCode(agencyCode));
    return settings != null && settings.publicDocuments;
  }

  /**
   * New front matter texts: null leaves a text as it is, a blank one returns it to the standard
   * text.
   */
  public record FrontMatterChange(
      String backgroundTh, String objectivesTh, String toolsTh, String respondentsTh) {}

  @Transactional
  public ReportSettings put(
      String agencyCode,
      Long expectedVersion,
      boolean publicDocuments,
      FrontMatterChange texts,
      String user) {
    String code = knownAgency(agencyCode);
    ReportSettings settings = ReportSettings.findById(code);
    ETags.requireCurrent(
        "report settings of " + code, settings == null ? -1 : settings.version, expectedVersion);
    if (settings == null) {
      settings = new ReportSettings();
      settings.agencyCode = code;
    }
    settings.publicDocuments = publicDocuments;
    settings.backgroundTh = change(settings.backgroundTh, texts.backgroundTh());
    settings.objectivesTh = change(settings.objectivesTh, texts.objectivesTh());
    settings.toolsTh = change(settings.toolsTh, texts.toolsTh());
    settings.respondentsTh = change(settings.respondentsTh, texts.respondentsTh());
    settings.updatedAt = Stamps.now(clock);
    settings.updatedBy = user;
    settings.persistAndFlush();
    return settings;
  }

  private static String change(String stored, String given) {
    if (given == null) {
      return stored;
    }
    return given.isBlank() ? null : given.strip();
  }

  private static String knownAgency(String agencyCode) {
    String code = Requests.agencyCode(agencyCode);
    if (DirectoryAgency.findById(code) == null) {
      throw NotFoundException.of("Agency", agencyCode);
    }
    return code;
  }

  private static ReportSettings defaults(String code) {
    ReportSettings defaults = new ReportSettings();
    defaults.agencyCode = code;
    defaults.publicDocuments = false;
    defaults.version = -1;
    return defaults;
  }
}
