package th.ita.assessment.service;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.service.ResultService.Shown;
import th.ita.assessment.service.ResultService.StoredView;
import th.ita.platform.common.kept.KeptForAMoment;

/**
 * The stored views of published results that readers were just shown, kept for a moment. A
 * published revision never changes, and reading its view again from the database was most of the
 * cost of a GET. Any change made by this instance to a result or an agency drops every kept view
 * once it commits; a change made by another instance is seen within {@code ita.results.kept-for} (1
 * s by default), far inside the minute shared caches may keep a published result ({@code
 * Cache-Control: public, max-age=60}). Only what readers who may not see drafts are shown is kept:
 * those who may (the agency's officers, assessors) edit the drafts, and must see their own change
 * at once whichever instance they ask.
 */
@ApplicationScoped
public class KeptViews {

  /** What a GET asked for: the agency, year and round, and whether the caller may see drafts. */
  record Asked(String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    Asked {
      agencyCode = agencyCode.toUpperCase(Locale.ROOT);
    }
  }

  private final KeptForAMoment<Asked, Shown> kept;

  @Inject
  public KeptViews(
      Clock clock,
      @ConfigProperty(name = "ita.results.kept-for", defaultValue = "1s") Duration keptFor,
      @ConfigProperty(name = "ita.results.kept-bytes", defaultValue = "16M") MemorySize keptBytes) {
    // Views differ in size by the framework's questions: bounded by their bytes. A draft is never
    // kept (nor asked for by those who may not see drafts).
    this.kept =
        new KeptForAMoment<>(
            clock,
            keptFor,
            keptBytes.asLongValue(),
            shown -> ((StoredView) shown).json().length,
            shown -> shown instanceof StoredView);
  }

  /** The view kept for what was asked, or what {@code read} shows, kept if it is a stored view. */
  Shown shown(Asked asked, Supplier<Shown> read) {
    return asked.includeDrafts() ? read.get() : kept.get(asked, read);
  }

  void resultsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultsChanged changed) {
    kept.dropAll();
  }
}
