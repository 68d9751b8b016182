package th.ita.assessment.service;

/**
 * Ranks may have moved: a FINAL result of {@code fiscalYear} was published, or an agency changed
 * its type or ministry, which moves it in every year ({@code fiscalYear} null). Fired inside the
 * writing transaction; the kept ranks are dropped once it commits.
 */
public record RanksMoved(Integer fiscalYear) {

  public static RanksMoved inYear(int fiscalYear) {
    return new RanksMoved(fiscalYear);
  }

  public static RanksMoved inEveryYear() {
    return new RanksMoved(null);
  }
}
