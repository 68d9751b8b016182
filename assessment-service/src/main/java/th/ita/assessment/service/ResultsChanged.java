package th.ita.assessment.service;

/**
 * Some result, or an agency a result shows, changed: a draft was saved, a revision published or
 * corrected, an agency renamed or moved. Fired inside the writing transaction; the result views
 * readers were just shown ({@link KeptViews}) are dropped once it commits.
 */
public record ResultsChanged() {

  static final ResultsChanged ANY = new ResultsChanged();
}
