package th.ita.assessment.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * The stored views of published results that readers were just shown, kept in memory. A published
 * revision never changes, and reading its view again from the database was most of the cost of a
 * GET.
 *
 * <p>For readers who may not see drafts, a view is kept for a moment: any change made by this
 * instance to a result or an agency drops every kept view once it commits; a change made by another
 * instance is seen within {@code ita.results.kept-for} (1 s by default), far inside the minute
 * shared caches may keep a published result ({@code Cache-Control: public, max-age=60}).
 *
 * <p>Those who may see drafts (the agency's officers, assessors) edit them, and must see their own
 * change. While this instance listens to PostgreSQL's notifications of changed results ({@link
 * ResultChanges}), their kept view is answered until a change commits: one made here drops every
 * such view at once, one made on another instance when its notification arrives, normally within
 * milliseconds of its commit. Until then this instance may still answer the view it kept: that is
 * the price of answering without the database, and {@code ita.results.listen=false} declines it.
 * While this instance is not listening, their kept view is answered only after the database has
 * named it, by its ETag, as still the newest revision they may see: a read of a few bytes instead
 * of the view.
 */
@ApplicationScoped
public class KeptViews {

  /** What a GET asked for: the agency, year and round, and whether the caller may see drafts. */
  record Asked(String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    Asked {
      agencyCode = agencyCode.toUpperCase(Locale.ROOT);
    }
  }

  /** How long a view may be kept while nothing changes: any change drops it long before. */
  private static final Duration UNTIL_CHANGED = Duration.ofHours(1);

  private final KeptForAMoment<Asked, Shown> kept;

  /**
   * The views last shown to those who may see drafts, while this instance listens for changes: each
   * change drops them all. (Not kept for a moment: the moment is long.)
   */
  private final KeptForAMoment<Asked, Shown> untilChanged;

  /** Whether {@link #untilChanged} may answer: this instance hears every change. */
  private volatile boolean listening;

  /** The views last shown to those who may see drafts, used once the database names them again. */
  private final Cache<Asked, StoredView> known;

  @Inject
  public KeptViews(
      Clock clock,
      @ConfigProperty(name = "ita.results.kept-for", defaultValue = "1s") Duration keptFor,
      @ConfigProperty(name = "ita.results.kept-bytes", defaultValue = "16M") MemorySize keptBytes) {
    this.kept = storedViews(clock, keptFor, keptBytes);
    this.untilChanged = storedViews(clock, UNTIL_CHANGED, keptBytes);
    this.known =
        Caffeine.newBuilder()
            .maximumWeight(keptBytes.asLongValue())
            .<Asked, StoredView>weigher((asked, view) -> view.json().length)
            .executor(Runnable::run)
            .build();
  }

  /**
   * Views differ in size by the framework's questions: bounded by their bytes. A draft is never
   * kept (nor asked for by those who may not see drafts).
   */
  private static KeptForAMoment<Asked, Shown> storedViews(
      Clock clock, Duration moment, MemorySize bytes) {
    return new KeptForAMoment<>(
        clock,
        moment,
        bytes.asLongValue(),
        shown -> ((StoredView) shown).json().length,
        shown -> shown instanceof StoredView);
  }

  /**
   * What {@code read} shows, or the view kept for what was asked: for a reader who may not see
   * drafts, if it was read within the moment; for one who may, if no change has committed since it
   * was read, or, while this instance is not listening for changes, if {@code newestEtag} (what the
   * database names now) is its ETag.
   */
  Shown shown(Asked asked, Supplier<String> newestEtag, Supplier<Shown> read) {
    if (!asked.includeDrafts()) {
      return kept.get(asked, read);
    }
    if (listening) {
      return untilChanged.get(asked, read);
    }
    StoredView view = known.getIfPresent(asked);
    if (view != null && view.etag().equals(newestEtag.get())) {
      return view;
    }
    Shown shown = read.get();
    if (shown instanceof StoredView stored && stored.etag() != null) {
      known.put(asked, stored);
    } else {
      known.invalidate(asked);
    }
    return shown;
  }

  void resultsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultsChanged changed) {
    kept.dropAll();
    untilChanged.dropAll();
  }

  /**
   * This instance hears every change from now on; what it kept before may have missed some. Dropped
   * before it may answer, so that nothing read before can be answered.
   */
  void listening() {
    untilChanged.dropAll();
    known.invalidateAll(); // not used while listening: its bytes are freed for untilChanged
    listening = true;
  }

  /** A change committed, perhaps on another instance. */
  void changedElsewhere() {
    untilChanged.dropAll();
  }

  /** Changes may go unheard: those who may see drafts are answered after asking the database. */
  void notListening() {
    listening = false;
    untilChanged.dropAll();
  }
}
