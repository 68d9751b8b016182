package th.ita.measures.event;

import java.time.LocalDate;
import java.util.UUID;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.platform.common.calendar.FiscalQuarter;

/** A milestone inside a measure's event snapshot. */
public class MilestonePayload {
  public UUID id;
  public FiscalQuarter quarter;
  public String quarterTh;
  public LocalDate dueDate;
  public String activity;
  public String output;
  public MilestoneStatus status;
  public LocalDate completedOn;
  public long version;

  /**
   * Written by the platform's editors where the agency's own document gives none (the demo plans):
   * a document must not print it as the agency's.
   */
  public boolean editorial;
}
