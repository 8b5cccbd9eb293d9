/**
 * The survey KPIs (csat, nps, ces): a histogram of scores and the survey sends, so that the
 * calculator sees exactly the group's ratings and the response rate sits beside it. Survey
 * responses that name a ticket count once per ticket (the `ratings` capability).
 *
 * @module
 */
import { checkCount, checkObject, fail } from "../../../_lib/check.js";
import type { RateResult } from "../../../stats/wilsonInterval/wilsonInterval.js";
import { responseRate } from "../../../survey/responseRate/responseRate.js";
import { checkRecords, RESTORE, savedCounts, type AppliedParts } from "../../_lib/kpi.js";
import type { RecordView, SurveyType } from "../../_lib/view.js";

/** The response rate reported beside a survey KPI: the calculator's result and the responses counted. */
export interface ResponseRateBeside extends RateResult {
  /** Surveys answered (the numerator); `n` is the surveys sent. */
  readonly responded: number;
}

/** What a survey KPI adds to its calculator's result. */
export interface WithResponseRate {
  /** Response rate of the same surveys; `null` when no record tells whether a survey was sent. */
  readonly responseRate: ResponseRateBeside | null;
}

/** Scores as `score → how many`, and the sends: records that say whether a survey went out. */
export interface SurveyState {
  scores: Record<string, number>;
  /** Records that tell whether a survey was sent (responses; tickets with `surveySent`). */
  known: number;
  sent: number;
  responded: number;
}

/** What one record adds to a survey KPI. */
interface SurveyDelta {
  send: "sent" | "notSent" | "unknown";
  score: number | null;
}

/** How a survey KPI reads and finishes scores. */
export interface SurveyRules<R> {
  /** The score as a number (binary CSAT: 1 or 0), or what was expected instead, in words. */
  readonly score: (value: unknown) => number | string;
  /** The calculator's result of the histogram `scores` (score → how many). */
  readonly calculate: (scores: Readonly<Record<string, number>>) => R;
  /** The `confidence` option, for the response rate. */
  readonly confidence: unknown;
}

/** The parts of survey KPI `type`. */
export function surveyParts<R extends object>(type: SurveyType, rules: SurveyRules<R>): AppliedParts<SurveyState, SurveyDelta, R & WithResponseRate> {
  const { score: check, calculate } = rules;
  const tally = (state: SurveyState, score: number): void => {
    state.scores[score] = (state.scores[score] ?? 0) + 1;
  };
  const addKept = (state: SurveyState, score: number | null): void => {
    state.known++;
    state.sent++;
    if (score === null) return;
    state.responded++;
    tally(state, score);
  };
  // the delta: whether a survey went out ("unknown" when the record does not say) and the
  // score, in one object reused from record to record
  const delta: SurveyDelta = { send: "unknown", score: null };
  const answer = (send: SurveyDelta["send"], score: number | null): SurveyDelta => {
    delta.send = send;
    delta.score = score;
    return delta;
  };
  const readScore = (view: RecordView, value: unknown, field: string): number => {
    const score = check(value);
    return typeof score === "number" ? score : fail(view.kpi, field, value, score, view.index, view.id);
  };
  return {
    create: () => ({ scores: {}, known: 0, sent: 0, responded: 0 }),
    read(view) {
      if (view.survey !== null) {
        // responses that name a ticket are kept by the engine (the ratings capability), not read here
        if (view.survey.type !== type || view.survey.ticketKey !== null) return undefined;
        return answer("sent", view.survey.score === undefined ? null : readScore(view, view.survey.score, "records.score"));
      }
      const value = view.raw[type];
      const score = value === undefined || value === null ? null : readScore(view, value, `records.${type}`);
      const sent = view.raw["surveySent"];
      if (sent === undefined || sent === null) return score === null ? undefined : answer("unknown", score);
      if (sent === true) return answer("sent", score);
      if (sent === false && score === null) return answer("notSent", null);
      return fail(view.kpi, "records.surveySent", sent, score === null ? "true, false or absent" : `true or absent: the ticket has a ${type} score`, view.index, view.id);
    },
    apply(state, { send, score }) {
      if (send === "sent") addKept(state, score);
      else if (send === "notSent") state.known++;
      else tally(state, score as number);
      return 0;
    },
    ratings: { type, score: check, addKept },
    merge(into, from) {
      for (const score in from.scores) into.scores[score] = (into.scores[score] ?? 0) + (from.scores[score] as number);
      into.known += from.known;
      into.sent += from.sent;
      into.responded += from.responded;
    },
    toJSON: (state) => ({ scores: { ...state.scores }, known: state.known, sent: state.sent, responded: state.responded }),
    fromJSON(json, field, within) {
      const o = checkObject(RESTORE, field, json);
      const saved = checkObject(RESTORE, `${field}.scores`, o["scores"]);
      const scores: Record<string, number> = {};
      let scored = 0;
      for (const [key, count] of Object.entries(saved)) {
        // a score as its key is written: "5", never "05" or "5.0"
        if (typeof check(Number(key)) !== "number" || String(Number(key)) !== key) fail(RESTORE, `${field}.scores`, key, `a ${type} score`);
        scores[key] = checkCount(RESTORE, `${field}.scores.${key}`, count);
        scored += scores[key] as number;
      }
      const sends = savedCounts(o, field, ["known", "sent", "responded"] as const);
      if (sends.responded > sends.sent || sends.sent > sends.known) fail(RESTORE, field, o, "counts with responded ≤ sent ≤ known");
      // each response counted is a score; the other scores came without a word on the send
      if (scored < sends.responded) fail(RESTORE, `${field}.responded`, sends.responded, `at most the scores counted (${scored})`);
      checkRecords(field, sends.known + scored - sends.responded, within, ["tickets", "surveyResponses", "calls"], "no", "known + the scores of unknown sends (scores − responded)");
      return { scores, ...sends };
    },
    result(state) {
      const sends = state.known === 0 ? null : { ...responseRate({ sent: state.sent, responded: state.responded }, { confidence: rules.confidence as number | undefined }), responded: state.responded };
      return { ...calculate(state.scores), responseRate: sends };
    },
  };
}

/** The scores of a histogram in ascending order, each as often as counted. */
export function ratingsOf(scores: Readonly<Record<string, number>>): number[] {
  const out: number[] = [];
  for (const v of Object.keys(scores).map(Number).sort((a, b) => a - b)) for (let k = 0; k < (scores[v] as number); k++) out.push(v);
  return out;
}

/** A score check for whole numbers from `min` to `max`. */
export function integerScore(min: number, max: number): (value: unknown) => number | string {
  const expected = `an integer from ${min} to ${max}`;
  return (v) => (typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : expected);
}
