/**
 * Must NOT compile: TypeScriptTypesTest checks that tsc rejects it, which shows that the
 * generated MeasureStatus is a closed union (not a plain string) and that tsc's exit code is
 * really what the portal check relies on. "STARTED" is not a status the measures API knows.
 */
import type { components } from "../generated/measures.js";

type MeasureStatus = components["schemas"]["MeasureStatus"];

export const accepted: MeasureStatus = "IN_PROGRESS";
export const rejected: MeasureStatus = "STARTED";
