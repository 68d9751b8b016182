package th.ita.reporting.mapping;

import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.reporting.domain.ReportSettings;
import th.ita.reporting.rest.view.DirectoryAgencyView;
import th.ita.reporting.rest.view.SettingsView;

/** The API's views of what the service holds; pure: they read only what they are given. */
public final class ReportViews {

  private ReportViews() {}

  public static SettingsView settings(ReportSettings s) {
    return new SettingsView(
        s.publicDocuments,
        s.version < 0,
        s.updatedAt,
        s.updatedBy,
        s.backgroundTh,
        s.objectivesTh,
        s.toolsTh,
        s.respondentsTh);
  }

  public static DirectoryAgencyView agency(DirectoryAgency a) {
    return new DirectoryAgencyView(
        a.code,
        a.nameTh,
        a.nameEn,
        a.type,
        a.typeNameTh,
        a.typeNameEn,
        a.ministryCode,
        a.ministryNameTh,
        a.ministryNameEn);
  }
}
