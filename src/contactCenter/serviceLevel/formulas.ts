/**
 * The service-level formulas {@link serviceLevel} accepts as `formula`. They share the
 * numerator, calls answered within the threshold, and differ in how abandoned calls count.
 *
 * @remarks
 * With T the threshold, "within" meaning `waitMs ≤ T`, offered = answered + abandoned:
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
