package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.ita.assessment.domain.AnalysisSettings;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.time.Stamps;

/** An agency's own target and tier thresholds; the defaults apply until it sets them. */
@ApplicationScoped
public class AnalysisSettingsService {

  private final AgencyService agencies;
  private final Clock clock;

  public AnalysisSettingsService(AgencyService agencies, Clock clock) {
    this.agencies = agencies;
    this.clock = clock;
  }

  /** The agency's settings, or the defaults (version -1) when it has none. */
  public AnalysisSettings get(String agencyCode) {
    String code = agencies.get(agencyCode).code;
    AnalysisSettings settings = AnalysisSettings.findById(code);
    return settings != null ? settings : defaults(code);
  }

  /**
   * The settings these agencies have stored, by code as the registry writes it, in one query (for a
   * group of an import); an agency that set none is not in the map ({@link #defaults} apply).
   */
  public Map<String, AnalysisSettings> stored(Collection<String> agencyCodes) {
    Map<String, AnalysisSettings> settings = new HashMap<>();
    if (!agencyCodes.isEmpty()) {
      AnalysisSettings.<AnalysisSettings>list("agencyCode in ?1", agencyCodes)
          .forEach(s -> settings.put(s.agencyCode, s));
    }
    return settings;
  }

  /** The settings of an agency that has set none (version -1). */
  public static AnalysisSettings defaults(String code) {
    AnalysisSettings defaults = new AnalysisSettings();
    defaults.agencyCode = code;
    defaults.target = AnalysisSettings.DEFAULT_TARGET;
    defaults.keepAbove = AnalysisSettings.DEFAULT_KEEP_ABOVE;
    defaults.urgentBelow = AnalysisSettings.DEFAULT_URGENT_BELOW;
    defaults.version = -1;
    return defaults;
  }

  @Transactional
  public AnalysisSettings put(
      String agencyCode,
      long expectedVersion,
      BigDecimal target,
      BigDecimal keepAbove,
      BigDecimal urgentBelow,
      String user) {
    if (urgentBelow.compareTo(keepAbove) > 0) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "urgentBelow",
                  "must not be above keepAbove (" + keepAbove.toPlainString() + ")",
                  urgentBelow)));
    }
    String code = agencies.get(agencyCode).code;
    AnalysisSettings settings = AnalysisSettings.findById(code);
    long current = settings == null ? -1 : settings.version;
    ETags.requireCurrent("analysis settings of " + code, current, expectedVersion);
    if (settings == null) {
      settings = new AnalysisSettings();
      settings.agencyCode = code;
    }
    settings.target = target;
    settings.keepAbove = keepAbove;
    settings.urgentBelow = urgentBelow;
    settings.updatedAt = Stamps.now(clock);
    settings.updatedBy = user;
    settings.persistAndFlush();
    return settings;
  }
}
