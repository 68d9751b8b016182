package th.ita.reporting.service;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.reporting.repository.DashboardRows.IndicatorAverage;
import th.ita.reporting.repository.DashboardRows.LevelCount;
import th.ita.reporting.repository.DashboardRows.MeasureRow;
import th.ita.reporting.repository.DashboardRows.RankingRow;
import th.ita.reporting.repository.DashboardRows.StatusCount;

/**
 * A fiscal year at a glance, for the nation or one ministry: the FINAL results assessed in that
 * year (levels, indicator averages, ranking) and the measures of the published plans that run in it
 * (by status, overdue first).
 */
@Schema(name = "Dashboard")
public record DashboardData(
    @Schema(examples = "2567") int fiscalYear,
    @Schema(description = "The ministry filtered on, absent for the nation", examples = "MFA")
        String ministryCode,
    @Schema(description = "Agencies with a published FINAL result") int agencies,
    @Schema(description = "Mean overall score, half-up to two decimals") BigDecimal averageScore,
    List<LevelCount> levels,
    List<IndicatorAverage> indicatorAverages,
    @Schema(description = "By overall score; equal scores share a rank") List<RankingRow> ranking,
    List<StatusCount> measuresByStatus,
    @Schema(description = "Measures of published plans, overdue first")
        List<MeasureRow> measures) {}
