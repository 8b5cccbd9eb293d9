/**
 * Every function that takes a `confidence` option accepts any level strictly between 0 and 1,
 * and must answer with finite, ordered bounds for each, the extremes included: 2⁻⁵³ and
 * 1 − 2⁻⁵³, the largest double below 1, where 1 − (1 − c)/2 and (1 + c)/2 round to 1 (the
 * critical values now come from the tail (1 − c)/2, see `zForConfidence`). The functions: the
 * rate calculators on Wilson's interval (wilsonInterval, resolutionRate, firstContactResolution,
 * complaintRatio, responseRate, csat, slaCompliance, abandonmentRate, serviceLevel,
 * selfServiceDeflection, repeatContacts), compareProportions (Newcombe's interval), nps (each
 * interval method, with and without weights), npsDifference, ces (Student's t) and trend (Sen's
 * slope interval, `null` when there are too few pairs for the level).
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { abandonmentRate } from "../src/contactCenter/abandonmentRate/abandonmentRate.js";
import { serviceLevel } from "../src/contactCenter/serviceLevel/serviceLevel.js";
import { complaintRatio } from "../src/operations/complaintRatio/complaintRatio.js";
import { firstContactResolution } from "../src/operations/firstContactResolution/firstContactResolution.js";
import { repeatContacts } from "../src/operations/repeatContacts/repeatContacts.js";
import { resolutionRate } from "../src/operations/resolutionRate/resolutionRate.js";
import { selfServiceDeflection } from "../src/operations/selfServiceDeflection/selfServiceDeflection.js";
import { slaCompliance } from "../src/operations/slaCompliance/slaCompliance.js";
import { ces } from "../src/survey/ces/ces.js";
import { csat } from "../src/survey/csat/csat.js";
import { nps } from "../src/survey/nps/nps.js";
import { npsDifference } from "../src/survey/npsDifference/npsDifference.js";
import { responseRate } from "../src/survey/responseRate/responseRate.js";
import { trend } from "../src/targets/trend/trend.js";
import { compareProportions } from "../src/stats/compareProportions/compareProportions.js";
import { wilsonInterval } from "../src/stats/wilsonInterval/wilsonInterval.js";

type Bounds = { readonly lower: number; readonly upper: number; readonly level: number } | null;

/** Any level the functions accept, from 2⁻⁵³ to 1 − 2⁻⁵³, with both ends drawn often. */
const confidence = fc.oneof(
  fc.constantFrom(Number.EPSILON / 2, 1 - Number.EPSILON / 2),
  fc.double({ min: Number.EPSILON / 2, max: 1 - Number.EPSILON / 2, noNaN: true }),
);

const counts = fc.integer({ min: 1, max: 1_000_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const npsScores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 });
const HOUR = 3_600_000;
const contacts = fc.array(
  fc.record({ customerId: fc.integer({ min: 1, max: 4 }), topic: fc.constantFrom("billing", "login"), startedAt: fc.integer({ min: 0, max: 200 * HOUR }) }),
  { minLength: 1, maxLength: 20 },
);

const inputs = fc.record({
  counts,
  other: counts,
  scores: npsScores,
  otherScores: npsScores,
  weights: fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), { minLength: 40, maxLength: 40 }),
  csatRatings: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 }),
  cesRatings: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 40 }),
  outcomes: fc.array(fc.constantFrom("achieved" as const, "breached" as const), { minLength: 1, maxLength: 40 }),
  calls: fc.array(fc.record({ waitMs: fc.integer({ min: 0, max: 120_000 }), outcome: fc.constantFrom("answered" as const, "abandoned" as const) }), {
    minLength: 1,
    maxLength: 40,
  }),
  sessions: contacts,
  contacts,
  series: fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 3, maxLength: 30 }),
});

test.prop([inputs, confidence])(
  "every interval is finite and ordered for every confidence in (0, 1), 2⁻⁵³ and 1 − 2⁻⁵³ included",
  (input, level) => {
    const options = { confidence: level };
    const [x, n] = input.counts;
    const [y, m] = input.other;
    const weights = input.weights.slice(0, input.scores.length);
    const intervals: Record<string, Bounds> = {
      wilsonInterval: wilsonInterval(x, n, options),
      resolutionRate: resolutionRate({ resolved: x, total: n }, options).ci,
      firstContactResolution: firstContactResolution({ resolvedOnFirstContact: x, resolved: n }, options).ci,
      complaintRatio: complaintRatio({ complaints: x, interactions: n }, options).ci,
      responseRate: responseRate({ responded: x, sent: n }, options).ci,
      compareProportions: compareProportions({ successes: x, n }, { successes: y, n: m }, options).ci,
      csat: csat(input.csatRatings, options).ci,
      slaCompliance: slaCompliance(input.outcomes, options).ci,
      abandonmentRate: abandonmentRate(input.calls, options).ci,
      serviceLevel: serviceLevel(input.calls, { thresholdMs: 20_000, ...options }).ci,
      selfServiceDeflection: selfServiceDeflection(input.sessions, input.contacts, { windowMs: 24 * HOUR, ...options }).ci,
      repeatContacts: repeatContacts(input.contacts, { windowMs: 72 * HOUR, ...options }).fcr.ci,
      "nps score": nps(input.scores, options).ci,
      "nps adjusted-wald": nps(input.scores, { interval: "adjusted-wald", ...options }).ci,
      "nps wald": nps(input.scores, { interval: "wald", ...options }).ci,
      "nps score, weighted": nps(input.scores, { weights, ...options }).ci,
      npsDifference: npsDifference(input.scores, input.otherScores, options).ci,
      ces: ces(input.cesRatings, options).ci,
    };
    for (const [name, ci] of Object.entries(intervals)) {
      expect(ci, name).not.toBeNull();
      expect([name, Number.isFinite(ci!.lower), Number.isFinite(ci!.upper), ci!.lower <= ci!.upper, ci!.level]).toEqual([name, true, true, true, level]);
    }
    // Sen's interval is null when the ranks of its bounds fall outside the slopes.
    const slopeCi = trend(input.series, options).slopeCi;
    if (slopeCi !== null) {
      expect([Number.isFinite(slopeCi.lower), Number.isFinite(slopeCi.upper), slopeCi.lower <= slopeCi.upper]).toEqual([true, true, true]);
    }
  },
);
