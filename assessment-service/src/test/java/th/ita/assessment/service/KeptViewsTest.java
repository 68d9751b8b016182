package th.ita.assessment.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.service.KeptViews.Asked;
import th.ita.assessment.service.ResultService.Draft;
import th.ita.assessment.service.ResultService.Shown;
import th.ita.assessment.service.ResultService.StoredView;
import th.ita.platform.testing.MovableClock;

class KeptViewsTest {

  private static final MovableClock CLOCK = MovableClock.INSTANCE;
  private static final Asked DITP = new Asked("ditp", 2566, Round.FINAL, false);

  private final KeptViews kept =
      new KeptViews(CLOCK, Duration.ofSeconds(1), new MemorySize(BigInteger.valueOf(1024)));
  private final AtomicInteger reads = new AtomicInteger();

  /** For readers who may not see drafts, the database is never asked what is newest. */
  private static final Supplier<String> NOT_ASKED =
      () -> {
        throw new AssertionError("asked the database which view is newest");
      };

  @BeforeEach
  void startAtAFixedTime() {
    CLOCK.moveTo(Instant.parse("2026-12-05T02:30:00Z"));
  }

  @AfterEach
  void resetClock() {
    CLOCK.reset();
  }

  @Test
  void aCommittedChangeDropsEveryKeptView() {
    kept.shown(DITP, NOT_ASKED, counted(view("DITP", 1, 10)));
    kept.resultsChanged(ResultsChanged.ANY);

    StoredView again = (StoredView) kept.shown(DITP, NOT_ASKED, counted(view("DITP", 2, 10)));

    assertEquals(2, again.revision());
    assertEquals(2, reads.get());
  }

  @Test
  void forCallersWhoMaySeeDraftsAViewIsKeptWhileTheDatabaseNamesIt() {
    Asked officer = new Asked("DITP", 2566, Round.FINAL, true);
    StoredView first = (StoredView) kept.shown(officer, () -> "1-x", counted(view("DITP", 1, 10)));
    CLOCK.advance(Duration.ofMinutes(5));

    assertSame(first, kept.shown(officer, () -> "1-x", counted(view("DITP", 1, 10))));
    assertEquals(1, reads.get());
  }

  @Test
  void forCallersWhoMaySeeDraftsAViewTheDatabaseNoLongerNamesIsReadAgain() {
    Asked officer = new Asked("DITP", 2566, Round.FINAL, true);
    kept.shown(officer, () -> "1-x", counted(view("DITP", 1, 10)));

    // A draft saved since, on any instance: the database names no stored view.
    assertEquals(Draft.class, kept.shown(officer, () -> null, counted(new Draft(null))).getClass());
    // Nothing is known after a draft: read again, whatever the database names.
    kept.shown(officer, () -> "1-x", counted(view("DITP", 1, 10)));
    // A correction published since: the database names another view.
    StoredView corrected =
        (StoredView) kept.shown(officer, () -> "2-x", counted(view("DITP", 2, 10)));

    assertEquals(2, corrected.revision());
    assertEquals(4, reads.get());
  }

  @Test
  void whileListeningForChangesAnOfficersViewIsKeptUntilAChangeIsHeard() {
    Asked officer = new Asked("DITP", 2566, Round.FINAL, true);
    kept.listening();
    StoredView first = (StoredView) kept.shown(officer, NOT_ASKED, counted(view("DITP", 1, 10)));
    CLOCK.advance(Duration.ofMinutes(5));
    assertSame(first, kept.shown(officer, NOT_ASKED, counted(view("DITP", 1, 10))));

    kept.changedElsewhere();
    StoredView corrected =
        (StoredView) kept.shown(officer, NOT_ASKED, counted(view("DITP", 2, 10)));

    assertEquals(2, corrected.revision());
    assertEquals(2, reads.get());
  }

  @Test
  void whileListeningAChangeCommittedHereDropsAnOfficersViewAtOnce() {
    Asked officer = new Asked("DITP", 2566, Round.FINAL, true);
    kept.listening();
    kept.shown(officer, NOT_ASKED, counted(view("DITP", 1, 10)));

    kept.resultsChanged(ResultsChanged.ANY);

    assertEquals(Draft.class, kept.shown(officer, NOT_ASKED, counted(new Draft(null))).getClass());
    assertEquals(2, reads.get());
  }

  @Test
  void aViewReadWhileAChangeWasHeardIsNotKept() {
    Asked officer = new Asked("DITP", 2566, Round.FINAL, true);
    kept.listening();
    // The change is heard while the view is being read: what was read may predate it.
    kept.shown(
        officer,
        NOT_ASKED,
        () -> {
          reads.incrementAndGet();
          kept.changedElsewhere();
          return view("DITP", 1, 10);
        });

    StoredView next = (StoredView) kept.shown(officer, NOT_ASKED, counted(view("DITP", 2, 10)));

    assertEquals(2, next.revision());
    assertEquals(2, reads.get());
  }

  @Test
  void whenListeningStopsTheDatabaseIsAskedAgainAndWhatWasKeptIsNotUsedWhenItResumes() {
    Asked officer = new Asked("DITP", 2566, Round.FINAL, true);
    kept.listening();
    kept.shown(officer, NOT_ASKED, counted(view("DITP", 1, 10)));

    kept.notListening();
    // Changes may go unheard now: the database names the newest view, a correction.
    StoredView corrected =
        (StoredView) kept.shown(officer, () -> "2-x", counted(view("DITP", 2, 10)));
    assertEquals(2, corrected.revision());

    // Listening again: whatever was kept before is read anew, since changes may have been missed.
    kept.listening();
    StoredView again = (StoredView) kept.shown(officer, NOT_ASKED, counted(view("DITP", 3, 10)));
    assertEquals(3, again.revision());
    assertEquals(3, reads.get());
  }

  @Test
  void whatCallersMaySeeIsKeptApart() {
    kept.shown(DITP, NOT_ASKED, counted(view("DITP", 1, 10)));

    Shown forOfficer =
        kept.shown(
            new Asked("DITP", 2566, Round.FINAL, true), () -> null, counted(new Draft(null)));

    assertEquals(Draft.class, forOfficer.getClass());
    assertSame(
        StoredView.class, kept.shown(DITP, NOT_ASKED, counted(view("DITP", 2, 10))).getClass());
    assertEquals(2, reads.get());
  }

  @Test
  void viewsAreKeptWithinTheirBytes() {
    Asked tceb = new Asked("TCEB", 2566, Round.FINAL, false);
    kept.shown(DITP, NOT_ASKED, counted(view("DITP", 1, 400)));
    kept.shown(tceb, NOT_ASKED, counted(view("TCEB", 1, 400)));

    kept.shown(DITP, NOT_ASKED, counted(view("DITP", 1, 400)));
    kept.shown(tceb, NOT_ASKED, counted(view("TCEB", 1, 400)));

    assertEquals(2, reads.get());
  }

  @Test
  void aViewLargerThanTheBytesAllowedIsNotKept() {
    kept.shown(DITP, NOT_ASKED, counted(view("DITP", 1, 2048)));
    kept.shown(DITP, NOT_ASKED, counted(view("DITP", 1, 2048)));

    assertEquals(2, reads.get());
  }

  private Supplier<Shown> counted(Shown shown) {
    return () -> {
      reads.incrementAndGet();
      return shown;
    };
  }

  private static StoredView view(String agency, int revision, int bytes) {
    return new StoredView(agency, 2566, Round.FINAL, revision, new byte[bytes], 1, revision + "-x");
  }
}
