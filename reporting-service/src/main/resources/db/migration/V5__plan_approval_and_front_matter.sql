-- The approval of a plan by the head of the agency, as PlanApproved and PlanPublished carry it
-- (an optional "approval" object: approverNameTh, approverPositionTh, approvedOn, recordedBy).
-- Null when the event carried none: documents then print no sign-off block. The whole event
-- stays in payload as before; these columns are filled from it by the projection, and a rebuild
-- fills them again from the topic.
ALTER TABLE report_plan
    ADD COLUMN approver_name_th      text,
    ADD COLUMN approver_position_th  text,
    ADD COLUMN approved_on           date,
    ADD COLUMN approval_recorded_by  text;

-- The opening sections of an agency's measures document (ความเป็นมา, วัตถุประสงค์, the assessment
-- tools, the respondent groups) as the agency wrote them: plain text with the placeholders
-- {agency}, {assessmentYear} and {fiscalYear}. Null takes the standard text.
ALTER TABLE report_settings
    ADD COLUMN background_th   text,
    ADD COLUMN objectives_th   text,
    ADD COLUMN tools_th        text,
    ADD COLUMN respondents_th  text;
