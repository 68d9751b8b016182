package th.ita.platform.common.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.calendar.FiscalQuarter;

class StatusNotesTest {

  @Test
  void thePlatformsNotesAreRecognisedAsWritten() {
    assertThat(
            StatusNotes.recognise(
                StatusNotes.quarterEnded(FiscalQuarter.Q1, LocalDate.of(2025, 12, 31))))
        .contains(
            new StatusNotes.Note(
                StatusNotes.Kind.QUARTER_ENDED, FiscalQuarter.Q1, LocalDate.of(2025, 12, 31)));
    assertThat(StatusNotes.quarterEnded(FiscalQuarter.Q1, LocalDate.of(2025, 12, 31)))
        .isEqualTo("Q1 ended on 2025-12-31 and the milestone is not done");
    assertThat(StatusNotes.recognise("plan approved"))
        .contains(new StatusNotes.Note(StatusNotes.Kind.PLAN_APPROVED, null, null));
    assertThat(StatusNotes.recognise("created"))
        .contains(new StatusNotes.Note(StatusNotes.Kind.CREATED, null, null));
    assertThat(StatusNotes.recognise("a milestone is overdue"))
        .contains(new StatusNotes.Note(StatusNotes.Kind.MILESTONE_OVERDUE, null, null));
  }

  @Test
  void aPersonsNoteIsNone() {
    assertThat(StatusNotes.recognise("ส่งเอกสารแล้ว plan approved")).isEmpty();
    assertThat(StatusNotes.recognise("Q5 ended on 2025-12-31 and the milestone is not done"))
        .isEmpty();
    assertThat(StatusNotes.recognise(null)).isEmpty();
  }
}
