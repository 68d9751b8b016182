package th.ita.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import th.ita.platform.common.calendar.FiscalQuarter;

/**
 * What a measure should achieve in one quarter of its fiscal year; due on the quarter's last day.
 */
@Entity
public class Milestone extends PanacheEntityBase {

  @Id public UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "measure_id")
  public Measure measure;

  @Enumerated(EnumType.STRING)
  public FiscalQuarter quarter;

  @Column(name = "due_date")
  public LocalDate dueDate;

  public String activity;
  public String output;

  @Enumerated(EnumType.STRING)
  public MilestoneStatus status;

  @Column(name = "completed_on")
  public LocalDate completedOn;

  /**
   * Written by the platform's editors, not by the agency (a demo plan's seed gave no milestones):
   * documents must never print it as the agency's.
   */
  public boolean editorial;

  @Version public long version;
}
