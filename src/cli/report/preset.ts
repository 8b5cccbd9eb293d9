/**
 * What `--preset` did, for the report's settings: the export read, the clock of its durations,
 * and the preset's columns the file lacks.
 *
 * @module
 */
import { presets } from "../../helpdesks/presets/index.js";
import type { ReadNote } from "../../node/types.js";
import type { PresetReading } from "../_lib/mapping.js";
import type { ReportKpi } from "./kpis.js";

/** The duration KPIs a preset can give in the tool's business hours, with the record field each reads. */
export const PRESET_BUSINESS: readonly (readonly [ReportKpi, string])[] = [
  ["firstResponseTime", "firstResponseMs"],
  ["resolutionTime", "resolutionMs"],
];

/** Where a preset's time zone comes from, in words. */
function zoneSource(preset: PresetReading): string {
  if (preset.zoneNote !== undefined) return `named in the export's line "${preset.zoneNote}"`;
  const { tool, timeZone } = presets[preset.preset];
  return timeZone === preset.timeZone ? `${tool} writes every date in it` : "named in the export's header";
}

/** The settings rows of a preset: which export, and which of its columns the file lacks. */
export function presetRows(preset: PresetReading): { setting: string; value: string }[] {
  const { tool } = presets[preset.preset];
  return [
    { setting: "read as", value: `${tool} export (--preset ${preset.preset}${preset.hours === "business" ? " --hours business" : ""})` },
    ...(preset.timeZone === undefined ? [] : [{ setting: "time zone of the dates", value: `${preset.timeZone} (${zoneSource(preset)}; --tz to change)` }]),
    ...(preset.datesFromRows === undefined ? [] : [{ setting: "dates", value: `${preset.datesFromRows} (told from the first rows${preset.datesAlsoRead === undefined ? "" : `, which ${preset.datesAlsoRead} reads too: give --date-format "${preset.datesAlsoRead}" if the day comes first`}${preset.datesUnread === undefined ? "" : `; ${preset.datesUnread} date cells read by no layout`}; --date-format to change)` }]),
    ...(preset.otherHours === undefined ? [] : [{ setting: "durations in the other clock", value: `${preset.otherHours.fields.join(", ")}: the file gives them in ${preset.otherHours.hours} hours only (--hours ${preset.otherHours.hours} reads them)` }]),
    ...(preset.missing.length === 0 ? [] : [{ setting: `${tool} columns not in the file (their fields left out)`, value: preset.missing.join(", ") }]),
  ];
}

/** The settings row of an export's note lines (Zammad's closing time zone, Chatwoot's period): read, not counted as rows. */
export function noteRows(notes: readonly ReadNote[]): { setting: string; value: string }[] {
  if (notes.length === 0) return [];
  return [{ setting: `the export's note line${notes.length === 1 ? "" : "s"} (not rows)`, value: notes.map((n) => `line ${n.line}: ${n.text}`).join("; ") }];
}
