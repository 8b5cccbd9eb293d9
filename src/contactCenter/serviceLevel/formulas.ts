/**
 * The service-level formulas {@link serviceLevel} accepts as `formula`. They share the
 * numerator, calls answered within the threshold, and differ in how abandoned calls count.
 *
 * @remarks
 * With T the threshold, "within" meaning `waitMs ≤ T`, offered = answered + abandoned (an
 * abandoned call without a wait is never within T nor short: it counts as a late abandon):
 *
 * | formula | value (× 100) |
 * | --- | --- |
 * | `"answered-of-offered"` (default) | answered within T / offered |
 * | `"answered-of-answered"` | answered within T / answered |
 * | `"within-of-offered"` | (answered within T + abandoned within T) / offered |
 * | `"exclude-abandoned-within"` | answered within T / (offered − abandoned within T) |
 * | `"exclude-short-abandons"` | answered within T / (offered − short abandons) |
 *
 * @see ICMI, "Service Level Calculations" (2002, five formulas with one data set):
 *   http://www.icmi.com/Resources/QueueTips/2005/March/Service-Level-Calculations.aspx
 * @see docs/kpis/service-level.md
 * @category Contact center
 */
export const SERVICE_LEVEL_FORMULAS = /* @__PURE__ */ Object.freeze([
  "answered-of-offered",
  "answered-of-answered",
  "within-of-offered",
  "exclude-abandoned-within",
  "exclude-short-abandons",
] as const);

/**
 * One of the {@link SERVICE_LEVEL_FORMULAS}: which calls count in the service-level denominator.
 *
 * @category Contact center
 */
export type ServiceLevelFormula = (typeof SERVICE_LEVEL_FORMULAS)[number];

/** The counts behind every formula; an abandoned call with an unknown wait is in none of the "within" or "short" ones. */
export interface ServiceLevelCounts {
  readonly offered: number;
  readonly answered: number;
  readonly answeredWithin: number;
  readonly abandonedWithin: number;
  readonly shortAbandoned: number;
}

/** Numerator and denominator of a formula. */
export function formulaFraction(formula: ServiceLevelFormula, c: ServiceLevelCounts): [number, number] {
  switch (formula) {
    case "answered-of-offered":
      return [c.answeredWithin, c.offered];
    case "answered-of-answered":
      return [c.answeredWithin, c.answered];
    case "within-of-offered":
      return [c.answeredWithin + c.abandonedWithin, c.offered];
    case "exclude-abandoned-within":
      return [c.answeredWithin, c.offered - c.abandonedWithin];
    case "exclude-short-abandons":
      return [c.answeredWithin, c.offered - c.shortAbandoned];
  }
}
