import { checkList, checkObject, fail, isPlainObject } from "../../_lib/check.js";
import { presets } from "../presets/index.js";
import type { HelpdeskName, HelpdeskPreset } from "../types.js";

/** A header as presets compare it: case and surrounding spaces aside. */
export const presetColumnKey = (column: string): string => column.trim().toLowerCase();

/** The names of the presets, for messages. */
export const PRESET_NAMES = Object.keys(presets) as HelpdeskName[];

/**
 * A preset given by name (`"zendesk"`, case aside) or as an object, checked as far as reading it
 * needs: a name, a tool, columns that each name a header.
 */
export function presetOf(kpi: string, field: string, preset: unknown): HelpdeskPreset {
  if (typeof preset === "string") {
    const name = preset.trim().toLowerCase();
    if (Object.hasOwn(presets, name)) return presets[name as HelpdeskName];
    fail(kpi, field, preset, `a helpdesk preset: ${PRESET_NAMES.join(", ")}`);
  }
  const p = checkObject(kpi, field, preset);
  if (typeof p.name !== "string" || p.name === "") fail(kpi, `${field}.name`, p.name, "the preset's name");
  if (typeof p.tool !== "string" || p.tool === "") fail(kpi, `${field}.tool`, p.tool, "the tool's name");
  checkList(kpi, `${field}.columns`, p.columns, "the export's columns").forEach((c, i) => {
    if (!isPlainObject(c) || typeof c.column !== "string" || c.column.trim() === "") fail(kpi, `${field}.columns[${i}]`, c, "a column: { column, field?, read?, hours?, meaning }");
    if (c.field !== undefined && (typeof c.field !== "string" || c.field === "")) fail(kpi, `${field}.columns[${i}].field`, c.field, "a record field name");
    if (c.hours !== undefined && c.hours !== "calendar" && c.hours !== "business") fail(kpi, `${field}.columns[${i}].hours`, c.hours, '"calendar" or "business"');
    if (c.aliases !== undefined) checkList(kpi, `${field}.columns[${i}].aliases`, c.aliases, "other spellings of the header").forEach((a, j) => typeof a === "string" || fail(kpi, `${field}.columns[${i}].aliases[${j}]`, a, "a header (a string)"));
    if (c.zoneInHeader !== undefined && typeof c.zoneInHeader !== "boolean") fail(kpi, `${field}.columns[${i}].zoneInHeader`, c.zoneInHeader, "true or false");
    if (c.read !== undefined && !isPlainObject(c.read)) fail(kpi, `${field}.columns[${i}].read`, c.read, "the keys of a mapping entry besides column");
  });
  if (p.schema !== undefined && p.schema !== "tickets" && p.schema !== "surveys") fail(kpi, `${field}.schema`, p.schema, '"tickets" or "surveys"');
  if (p.timeZone !== undefined && typeof p.timeZone !== "string") fail(kpi, `${field}.timeZone`, p.timeZone, "an IANA time zone");
  if (p.headerRow !== undefined && !(Number.isInteger(p.headerRow) && (p.headerRow as number) >= 1)) fail(kpi, `${field}.headerRow`, p.headerRow, "the 1-based row of the header");
  if (p.constants !== undefined && !isPlainObject(p.constants)) fail(kpi, `${field}.constants`, p.constants, "an object from record fields to values");
  if (p.notes !== undefined) {
    checkList(kpi, `${field}.notes`, p.notes, "the export's note lines").forEach((n, i) => {
      if (!isPlainObject(n) || typeof n.pattern !== "string" || !compiles(n.pattern)) fail(kpi, `${field}.notes[${i}]`, n, "a note: { pattern (a regular expression's source), timeZone?, meaning }");
    });
  }
  checkList(kpi, `${field}.signature`, p.signature, "the headers that identify the export").forEach((s, i) => typeof s === "string" || fail(kpi, `${field}.signature[${i}]`, s, "a header (a string)"));
  return p as unknown as HelpdeskPreset;
}

/** Whether `source` is a regular expression. */
function compiles(source: string): boolean {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}
