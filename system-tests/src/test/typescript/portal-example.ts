/**
 * A slice of an agency officer's web portal, written by hand against the types that
 * openapi-typescript generates from the services' served OpenAPI documents. Nothing runs it:
 * TypeScriptTypesTest only type-checks it, so that a document which loses an operation, a schema,
 * a field or an enum value a portal relies on fails this build instead of a portal team's.
 */
import type {
  components as AssessmentComponents,
  operations as AssessmentOperations,
  paths as AssessmentPaths,
} from "./generated/assessment.js";
import type {
  components as MeasuresComponents,
  operations as MeasuresOperations,
  paths as MeasuresPaths,
} from "./generated/measures.js";
import type {
  components as ReportingComponents,
  operations as ReportingOperations,
  paths as ReportingPaths,
} from "./generated/reporting.js";

type AssessmentSchemas = AssessmentComponents["schemas"];
type MeasuresSchemas = MeasuresComponents["schemas"];
type ReportingSchemas = ReportingComponents["schemas"];

export type ResultInput = AssessmentSchemas["ResultInput"];
export type Result = AssessmentSchemas["Result"];
export type PlanInput = MeasuresSchemas["PlanInput"];
export type Plan = MeasuresSchemas["Plan"];
export type EvidenceInput = MeasuresSchemas["EvidenceInput"];
export type Evidence = MeasuresSchemas["Evidence"];
export type Measure = MeasuresSchemas["Measure"];
export type MeasureStatus = MeasuresSchemas["MeasureStatus"];
export type FiscalQuarter = MeasuresSchemas["FiscalQuarter"];
export type GapList = MeasuresSchemas["GapList"];
export type MeasuresDocument = ReportingSchemas["MeasuresDocument"];
// A union, so reading a field below compiles only while every service's Problem still has it.
export type Problem = AssessmentSchemas["Problem"] | MeasuresSchemas["Problem"] | ReportingSchemas["Problem"];

// Going through the operations (not only the schemas) also pins the operationIds and which
// schema each operation takes and answers with.
type PutResult = AssessmentOperations["putResult"];
type PublishResult = AssessmentOperations["publishResult"];
type PutPlan = MeasuresOperations["putPlan"];
type AddEvidence = MeasuresOperations["addEvidence"];
type ChangeMeasureStatus = MeasuresOperations["changeMeasureStatus"];
type GetGapList = MeasuresOperations["getGapList"];
type GetMeasuresDocument = ReportingOperations["getMeasuresDocument"];

// No response schema lists required fields, so every response type is all-optional and nearly
// any of them is assignable to any other (getMeasuresDocument answering a DocumentPlan would
// still compile). Exact equality keeps each operation bound to the schema the portal expects.
type Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type JsonOf<Body> = Body extends { content: { "application/json": infer Json } } ? Json : never;
type ProblemOf<Body> = Body extends { content: { "application/problem+json": infer Json } } ? Json : never;
type Expect<Check extends true> = Check;
export type OperationsUseTheExpectedSchemas = [
  Expect<Exactly<JsonOf<PutResult["requestBody"]>, ResultInput>>,
  Expect<Exactly<JsonOf<PutResult["responses"][200]>, Result>>,
  Expect<Exactly<JsonOf<PublishResult["responses"][200]>, Result>>,
  Expect<Exactly<JsonOf<PutPlan["requestBody"]>, PlanInput>>,
  Expect<Exactly<JsonOf<PutPlan["responses"][200]>, Plan>>,
  Expect<Exactly<JsonOf<AddEvidence["requestBody"]>, EvidenceInput>>,
  Expect<Exactly<JsonOf<AddEvidence["responses"][201]>, Evidence>>,
  Expect<Exactly<JsonOf<ChangeMeasureStatus["responses"][200]>, Measure>>,
  Expect<Exactly<JsonOf<GetGapList["responses"][200]>, GapList>>,
  Expect<Exactly<JsonOf<GetMeasuresDocument["responses"][200]>, MeasuresDocument>>,
  Expect<Exactly<ProblemOf<GetMeasuresDocument["responses"][404]>, ReportingSchemas["Problem"]>>,
  Expect<Exactly<ProblemOf<ChangeMeasureStatus["responses"][409]>, MeasuresSchemas["Problem"]>>,
];

const RESULT_PATH = "/api/v1/agencies/{agencyCode}/results/{fiscalYear}" satisfies keyof AssessmentPaths;
const PUBLISH_RESULT_PATH = "/api/v1/agencies/{agencyCode}/results/{fiscalYear}/publish" satisfies keyof AssessmentPaths;
const PLAN_PATH = "/api/v1/agencies/{agencyCode}/plans/{fiscalYear}" satisfies keyof MeasuresPaths;
const GAP_LIST_PATH = "/api/v1/agencies/{agencyCode}/gap-lists/{fiscalYear}" satisfies keyof MeasuresPaths;
const EVIDENCE_PATH = "/api/v1/measures/{measureId}/evidence" satisfies keyof MeasuresPaths;
const MEASURE_STATUS_PATH = "/api/v1/measures/{measureId}/status" satisfies keyof MeasuresPaths;
const MEASURES_DOCUMENT_PATH = "/api/v1/agencies/{agencyCode}/reports/{fiscalYear}/measures" satisfies keyof ReportingPaths;

export interface PortalConfig {
  readonly assessmentUrl: string;
  readonly measuresUrl: string;
  readonly reportingUrl: string;
  readonly accessToken: () => string;
}

export class ProblemError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem === undefined ? `HTTP ${httpStatus}` : describeProblem(problem));
    this.name = "ProblemError";
  }
}

/** The lines a portal shows under a failed form: the summary, then each offending field. */
export function describeProblem(problem: Problem): string {
  const lines = [problem.title ?? `HTTP ${problem.status ?? "error"}`];
  if (problem.detail !== undefined) {
    lines.push(problem.detail);
  }
  for (const error of problem.errors ?? []) {
    lines.push(`${error.field ?? "(request)"}: ${error.message ?? "is invalid"}`);
  }
  return lines.join("\n");
}

/** A 409 from changeMeasureStatus names the statuses allowed instead, in the untyped context. */
export function allowedTransitions(problem: Problem): MeasureStatus[] {
  const listed = problem.context?.["allowedTransitions"];
  return Array.isArray(listed) ? listed.filter((s): s is MeasureStatus => typeof s === "string" && isMeasureStatus(s)) : [];
}

// Record<MeasureStatus, …> needs every status and no other: a status added to or dropped from
// the document fails here until the portal's labels follow.
export const MEASURE_STATUS_TH: Readonly<Record<MeasureStatus, string>> = {
  DRAFT: "ร่าง",
  PLANNED: "ยังไม่เริ่มดำเนินการ",
  IN_PROGRESS: "อยู่ระหว่างดำเนินการ",
  COMPLETED: "ดำเนินการแล้วเสร็จ",
  ON_HOLD: "ระงับไว้ชั่วคราว",
  CANCELLED: "ยกเลิก",
  DELAYED: "ล่าช้ากว่าแผน",
};

export const QUARTER_MONTHS_TH: Readonly<Record<FiscalQuarter, string>> = {
  Q1: "ต.ค. – ธ.ค.",
  Q2: "ม.ค. – มี.ค.",
  Q3: "เม.ย. – มิ.ย.",
  Q4: "ก.ค. – ก.ย.",
};

export function isMeasureStatus(value: string): value is MeasureStatus {
  return Object.hasOwn(MEASURE_STATUS_TH, value);
}

// ---- assessment-service: an assessor enters and publishes a score ----

export function finalResultDraft(questionScores: ReadonlyMap<string, number>, source: string): ResultInput {
  return {
    round: "FINAL",
    questions: [...questionScores].map(([code, score]) => ({ code, score })),
    respondents: [
      { tool: "IIT", count: 48 },
      { tool: "EIT", part: "SURVEY", count: 112 },
    ],
    official: { overall: 82.06 },
    source,
  };
}

export async function putResult(
  config: PortalConfig,
  path: PutResult["parameters"]["path"],
  body: PutResult["requestBody"]["content"]["application/json"],
  ifMatch?: NonNullable<PutResult["parameters"]["header"]>["If-Match"],
): Promise<PutResult["responses"][200]["content"]["application/json"]> {
  return send(config, config.assessmentUrl + expand(RESULT_PATH, path), "PUT", body, ifMatch);
}

export async function publishResult(
  config: PortalConfig,
  path: PublishResult["parameters"]["path"],
  draft: Result,
): Promise<Result> {
  if (draft.version === undefined) {
    throw new Error("publishing needs the version of the draft that was reviewed");
  }
  const ifMatch: PublishResult["parameters"]["header"]["If-Match"] = `"${draft.version}"`;
  const published: PublishResult["responses"][200]["content"]["application/json"] = await send(
    config, config.assessmentUrl + expand(PUBLISH_RESULT_PATH, path), "POST", undefined, ifMatch);
  return published;
}

/** The line a dashboard card shows for a result. */
export function resultHeadline(result: Result): string {
  const score = result.overall?.score;
  const level = result.overall?.level?.nameTh ?? "";
  const state = result.status === "PUBLISHED" ? `เผยแพร่ครั้งที่ ${result.revision ?? 1}` : "ร่าง";
  const round = result.round === "INTERIM" ? " (รอบระหว่างปี)" : "";
  const warnings = result.discrepancies?.length ? ` · ตัวเลขไม่ตรง ${result.discrepancies.length} รายการ` : "";
  return `${result.agencyNameTh ?? result.agencyCode} ปี ${result.fiscalYear}${round}: ${score?.toFixed(2) ?? "–"} ${level} · ${state}${warnings}`;
}

// ---- measures-service: an officer plans measures and records their progress ----

export function planDraft(fiscalYear: number, limitations: string): PlanInput {
  return {
    assessmentYear: fiscalYear - 1,
    titleTh: `มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. ${fiscalYear}`,
    limitations,
  };
}

export async function putPlan(
  config: PortalConfig,
  path: PutPlan["parameters"]["path"],
  body: PutPlan["requestBody"]["content"]["application/json"],
): Promise<Plan> {
  return send(config, config.measuresUrl + expand(PLAN_PATH, path), "PUT", body);
}

export function meetingEvidence(milestoneId: string | undefined, occurredOn: string, minutesUrl: string): EvidenceInput {
  return {
    ...(milestoneId === undefined ? {} : { milestoneId }),
    occurredOn,
    startTime: "09:30",
    endTime: "11:00",
    titleTh: "ประชุมภายในเพื่อชี้แจงผลการประเมินและมาตรการแก้ไข",
    attendees: ["ผู้อำนวยการ", "คณะทำงานด้านคุณธรรมและความโปร่งใส"],
    links: [{ title: "รายงานการประชุม", url: minutesUrl }],
    attachments: [{ fileName: "minutes.pdf", mediaType: "application/pdf", sizeBytes: 182_340 }],
  };
}

export async function addEvidence(
  config: PortalConfig,
  path: AddEvidence["parameters"]["path"],
  body: AddEvidence["requestBody"]["content"]["application/json"],
): Promise<AddEvidence["responses"][201]["content"]["application/json"]> {
  return send(config, config.measuresUrl + expand(EVIDENCE_PATH, path), "POST", body);
}

/**
 * The body's `to` serves measures and milestones alike; taking a MeasureStatus keeps a
 * milestone's status (or a typo) from reaching the API only to be refused there.
 */
export async function changeMeasureStatus(
  config: PortalConfig,
  measure: Measure,
  to: MeasureStatus,
  note?: string,
): Promise<Measure> {
  if (measure.id === undefined) {
    throw new Error("a measure without an id cannot change status");
  }
  const body: ChangeMeasureStatus["requestBody"]["content"]["application/json"] = note === undefined ? { to } : { to, note };
  const path: ChangeMeasureStatus["parameters"]["path"] = { measureId: measure.id };
  const ifMatch = measure.version === undefined ? undefined : `"${measure.version}"`;
  const changed: ChangeMeasureStatus["responses"][200]["content"]["application/json"] = await send(
    config, config.measuresUrl + expand(MEASURE_STATUS_PATH, path), "POST", body, ifMatch);
  return changed;
}

export function startMeasure(config: PortalConfig, measure: Measure): Promise<Measure> {
  return changeMeasureStatus(config, measure, "IN_PROGRESS", "เริ่มดำเนินการตามแผน");
}

/** The buttons offered on a measure card. */
export function statusButtons(measure: Measure): { status: MeasureStatus; label: string }[] {
  return (measure.allowedTransitions ?? []).map((status) => ({ status, label: MEASURE_STATUS_TH[status] }));
}

export function milestonesOfQuarter(measure: Measure, quarter: FiscalQuarter): string[] {
  return (measure.milestones ?? [])
    .filter((m) => m.quarter === quarter && m.status !== "DONE")
    .map((m) => `${QUARTER_MONTHS_TH[quarter]} ${m.activity ?? ""}${m.status === "OVERDUE" ? " (เลยกำหนด)" : ""}`);
}

/** What is left to do in the first quarter (October to December). */
export function firstQuarterToDo(plan: Plan): string[] {
  return (plan.measures ?? []).flatMap((measure) => milestonesOfQuarter(measure, "Q1"));
}

export async function urgentQuestions(
  config: PortalConfig,
  path: GetGapList["parameters"]["path"],
): Promise<string[]> {
  const gapList: GapList = await send<GetGapList["responses"][200]["content"]["application/json"]>(
    config, config.measuresUrl + expand(GAP_LIST_PATH, path), "GET");
  return (gapList.gaps ?? [])
    .filter((gap) => gap.tier === "URGENT")
    .map((gap) => `${gap.code ?? "?"} ${gap.textTh ?? ""} (${gap.score ?? "–"})`);
}

// ---- reporting-service: the published measures document (มาตรการส่งเสริมคุณธรรมฯ) ----

export async function getMeasuresDocument(
  config: PortalConfig,
  path: GetMeasuresDocument["parameters"]["path"],
  query: NonNullable<GetMeasuresDocument["parameters"]["query"]> = { lang: "th", layout: "issues" },
): Promise<MeasuresDocument> {
  const search = new URLSearchParams({ format: "json" });
  if (query.lang !== undefined) search.set("lang", query.lang);
  if (query.layout !== undefined) search.set("layout", query.layout);
  const url = `${config.reportingUrl}${expand(MEASURES_DOCUMENT_PATH, path)}?${search.toString()}`;
  return send<GetMeasuresDocument["responses"][200]["content"]["application/json"]>(config, url, "GET");
}

export interface MeasureRow {
  readonly ordinal: number;
  readonly title: string;
  readonly period: string;
  readonly status: string;
  readonly percentComplete: number;
  readonly evidenceCount: number;
}

/** The table on the agency's "measures and progress" page. */
export function measureRows(document: MeasuresDocument): MeasureRow[] {
  return (document.plan?.measures ?? []).map((measure, index) => ({
    ordinal: measure.ordinal ?? index + 1,
    title: measure.titleTh ?? "",
    period: measure.periodTh ?? [measure.periodStart, measure.periodEnd].filter(Boolean).join(" – "),
    // Only statuses this portal has a label for get one; any other is shown as sent.
    status: measure.status !== undefined && isMeasureStatus(measure.status) ? MEASURE_STATUS_TH[measure.status] : measure.status ?? "",
    percentComplete: measure.percentComplete ?? 0,
    evidenceCount: measure.evidence?.length ?? 0,
  }));
}

export function documentHeading(document: MeasuresDocument): string {
  const agency = document.agency?.nameTh ?? document.agency?.code ?? "";
  const answered = document.result?.overall?.score === undefined ? "" : ` (ผลการประเมินปี ${document.assessmentYear}: ${document.result.overall.score.toFixed(2)})`;
  return `${agency} ปีงบประมาณ ${document.fiscalYear}${answered}${document.published ? "" : " — ฉบับร่าง"}`;
}

// ---- plumbing ----

function expand(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`${template} needs ${name}`);
    }
    return encodeURIComponent(String(value));
  });
}

async function send<T>(config: PortalConfig, url: string, method: string, body?: unknown, ifMatch?: string): Promise<T> {
  const headers = new Headers({ Accept: "application/json", Authorization: `Bearer ${config.accessToken()}` });
  if (body !== undefined) headers.set("Content-Type", "application/json");
  if (ifMatch !== undefined) headers.set("If-Match", ifMatch);
  const response = await fetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (!response.ok) {
    const isProblem = response.headers.get("Content-Type")?.startsWith("application/problem+json") ?? false;
    throw new ProblemError(response.status, isProblem ? ((await response.json()) as Problem) : undefined);
  }
  return (await response.json()) as T;
}
