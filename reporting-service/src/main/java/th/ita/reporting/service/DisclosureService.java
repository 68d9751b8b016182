package th.ita.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.time.Stamps;
import th.ita.reporting.domain.DisclosureKind;
import th.ita.reporting.domain.Disclosures;
import th.ita.reporting.repository.DisclosureRepository;

/**
 * Where an agency published its documents of a fiscal year on its own website (OIT o34 and o35):
 * recorded by its officers, shown in the documents, and counted in the dashboard of agencies that
 * have not disclosed. A year without a record has version -1.
 */
@ApplicationScoped
public class DisclosureService {

  /** Long enough for any real address, short enough to print on one or two lines. */
  public static final int MAX_URL = 2000;

  private final Clock clock;
  private final DisclosureRepository repository;

  public DisclosureService(Clock clock, DisclosureRepository repository) {
    this.clock = clock;
    this.repository = repository;
  }

  /** One document as a caller sends it: the kind by name, the address and the day. */
  public record Published(String kind, String url, LocalDate publishedOn) {}

  public Disclosures get(String agencyCode, int fiscalYear) {
    String code = knownAgency(agencyCode);
    int year = Requests.fiscalYear(fiscalYear);
    Disclosures d = Disclosures.findById(new Disclosures.Key(code, year));
    return d != null ? d : none(code, year);
  }

  /**
   * Replaces the year's record with {@code documents}: a kind left out is not published. 400 naming
   * {@code documents[i].kind}, {@code .url} or {@code .publishedOn}; nothing changes on refusal.
   */
  @Transactional
  public Disclosures put(
      String agencyCode,
      int fiscalYear,
      Long expectedVersion,
      List<Published> documents,
      String user) {
    String code = knownAgency(agencyCode);
    int year = Requests.fiscalYear(fiscalYear);
    List<FieldError> errors = new ArrayList<>();
    List<Checked> checked = check(documents, year, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Disclosures d = Disclosures.findById(new Disclosures.Key(code, year));
    ETags.requireCurrent(
        "disclosures of " + code + " for FY" + year, d == null ? -1 : d.version, expectedVersion);
    if (d == null) {
      d = new Disclosures();
      d.id = new Disclosures.Key(code, year);
    }
    for (DisclosureKind kind : DisclosureKind.values()) {
      d.set(kind, null, null);
    }
    for (Checked c : checked) {
      d.set(c.kind(), c.url(), c.on());
    }
    d.updatedAt = Stamps.now(clock);
    d.updatedBy = user;
    d.persistAndFlush();
    return d;
  }

  /** The agencies of the nation or a ministry that have not disclosed both documents of a year. */
  public DisclosureDashboardData dashboard(int fiscalYear, String ministry) {
    int year = Requests.fiscalYear(fiscalYear);
    String m = ministry == null || ministry.isBlank() ? null : Requests.agencyCode(ministry);
    int agencies = repository.agencies(m);
    List<DisclosureDashboardData.Agency> missing =
        repository.notDisclosed(year, m).stream()
            .map(r -> DisclosureDashboardData.Agency.of(r, year))
            .toList();
    return new DisclosureDashboardData(
        year,
        m,
        DisclosureKind.MEASURES.oitItem(year),
        DisclosureKind.PROGRESS_HALF.oitItem(year),
        agencies,
        agencies - missing.size(),
        missing);
  }

  private record Checked(DisclosureKind kind, String url, LocalDate on) {}

  private List<Checked> check(List<Published> documents, int year, List<FieldError> errors) {
    List<Checked> checked = new ArrayList<>();
    Set<DisclosureKind> seen = EnumSet.noneOf(DisclosureKind.class);
    LocalDate today = LocalDate.now(clock);
    // A document is published around its year: the measures shortly before it starts at the
    // earliest, so a day more than a year before the fiscal year is a typing slip.
    LocalDate earliest = FiscalYear.of(year).start().minusYears(1);
    for (int i = 0; i < documents.size(); i++) {
      Published p = documents.get(i);
      String at = "documents[" + i + "]";
      if (p == null) {
        errors.add(new FieldError(at, "must be a document"));
        continue;
      }
      DisclosureKind kind = kind(p.kind(), at + ".kind", errors);
      if (kind != null && !seen.add(kind)) {
        errors.add(new FieldError(at + ".kind", "is given twice", p.kind()));
      }
      String url = url(p.url(), at + ".url", errors);
      LocalDate on = p.publishedOn();
      if (on == null) {
        errors.add(new FieldError(at + ".publishedOn", "is required"));
      } else if (on.isAfter(today)) {
        errors.add(
            new FieldError(
                at + ".publishedOn",
                "must not be after today in Bangkok (" + today + ")",
                on.toString()));
      } else if (on.isBefore(earliest)) {
        errors.add(
            new FieldError(
                at + ".publishedOn",
                "must not be before " + earliest + ", a year before FY" + year + " starts",
                on.toString()));
      }
      if (kind != null && url != null && on != null) {
        checked.add(new Checked(kind, url, on));
      }
    }
    return checked;
  }

  private static DisclosureKind kind(String value, String field, List<FieldError> errors) {
    String names =
        Arrays.stream(DisclosureKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required: one of " + names));
      return null;
    }
    try {
      return DisclosureKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "must be one of " + names, value));
      return null;
    }
  }

  /**
   * An address on the web as a browser opens it: http or https, a host, no credentials, no spaces
   * or control characters; null (with an error) otherwise.
   */
  static String url(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    String url = value.strip();
    if (url.length() > MAX_URL) {
      errors.add(new FieldError(field, "must be at most " + MAX_URL + " characters"));
      return null;
    }
    if (url.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      errors.add(new FieldError(field, "must not contain spaces or control characters", url));
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        errors.add(new FieldError(field, "must be an https or http address", url));
        return null;
      }
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        errors.add(new FieldError(field, "must name a host, as https://www.example.go.th/…", url));
        return null;
      }
      if (uri.getRawUserInfo() != null) {
        errors.add(new FieldError(field, "must not carry a user name or password", url));
        return null;
      }
    } catch (URISyntaxException e) {
      errors.add(new FieldError(field, "is not a valid address: " + e.getReason(), url));
      return null;
    }
    return url;
  }

  private static String knownAgency(String agencyCode) {
    String code = Requests.agencyCode(agencyCode);
    if (DirectoryAgency.findById(code) == null) {
      throw NotFoundException.of("Agency", agencyCode);
    }
    return code;
  }

  private static Disclosures none(String code, int year) {
    Disclosures d = new Disclosures();
    d.id = new Disclosures.Key(code, year);
    d.version = -1;
    return d;
  }
}
