/**
 * The survey accumulators (csat, nps, ces): a histogram of scores and the survey sends, so
 * that the calculator sees exactly the group's ratings and the response rate sits beside it.
 *
 * @module
 */
import { checkCount, checkIntegerScale, checkObject, fail } from "../../../_lib/check.js";
import { responseRate } from "../../../survey/responseRate/responseRate.js";
import { ces, type CesOptions } from "../../../survey/ces/ces.js";
import { resolveCesCuts } from "../../../survey/ces/thresholds.js";
import { csat, type CsatOptions } from "../../../survey/csat/csat.js";
import { nps, type NpsOptions } from "../../../survey/nps/nps.js";
import { isNpsScore, NPS_SCORE_EXPECTED } from "../../../survey/nps/tally.js";
import { RESTORE, savedCounts, type Accumulator } from "../accumulator.js";
import type { RecordView, SurveyType } from "../record.js";

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

/** A survey accumulator, which also validates scores and takes deduplicated ratings. */
export interface SurveyAccumulator extends Accumulator<SurveyState, SurveyDelta> {
  readonly kpi: SurveyType;
  /** The score as a number (binary CSAT: 1 or 0), or a KpiInputError naming `field`. */
  readScore(view: RecordView, value: unknown, field: string): number;
  /** Adds one deduplicated survey: sent, and answered with `score` unless it is `null`. */
  addKept(state: SurveyState, score: number | null): void;
}

type Options = Readonly<Record<string, unknown>>;

function scoreReader(type: SurveyType, options: Options): (value: unknown) => number | string {
  if (type === "nps") return (v) => (isNpsScore(v) ? v : NPS_SCORE_EXPECTED);
  if (type === "csat" && options["scale"] === "binary") {
    return (v) => (v === "good" || v === true || v === 1 ? 1 : v === "bad" || v === false || v === 0 ? 0 : '"good", "bad", true, false, 1 or 0');
  }
  const { min, max } = type === "ces" ? resolveCesCuts(options) : options["scale"] === undefined ? { min: 1, max: 5 } : checkIntegerScale(type, "scale", options["scale"]);
  const expected = `an integer from ${min} to ${max}`;
  return (v) => (typeof v === "number" && Number.isInteger(v) && v >= min && v <= max ? v : expected);
}

function calculate(type: SurveyType, options: Options, scores: Record<string, number>): object {
  const values = Object.keys(scores).map(Number).sort((a, b) => a - b);
  if (type === "nps") {
    const c = { detractors: 0, passives: 0, promoters: 0 };
    for (const v of values) c[v <= 6 ? "detractors" : v <= 8 ? "passives" : "promoters"] += scores[v] as number;
    return nps(c, options as NpsOptions);
  }
  const ratings: number[] = [];
  for (const v of values) for (let k = 0; k < (scores[v] as number); k++) ratings.push(v);
  return type === "csat" ? csat(ratings, options as CsatOptions) : ces(ratings, options as CesOptions);
}

/** The accumulator of survey KPI `type` with its (already validated) calculator options. */
export function surveyAccumulator(type: SurveyType, column: string, options: Options): SurveyAccumulator {
  const check = scoreReader(type, options);
  const tally = (state: SurveyState, score: number): void => {
    state.scores[score] = (state.scores[score] ?? 0) + 1;
  };
  // the delta: whether a survey went out ("unknown" when the record does not say) and the
  // score, in one object reused from record to record
  const delta: SurveyDelta = { send: "unknown", score: null };
  const answer = (send: SurveyDelta["send"], score: number | null): SurveyDelta => {
    delta.send = send;
    delta.score = score;
    return delta;
  };
  const acc: SurveyAccumulator = {
    kpi: type,
    column,
    create: () => ({ scores: {}, known: 0, sent: 0, responded: 0 }),
    readScore(view, value, field) {
      const score = check(value);
      return typeof score === "number" ? score : fail(view.kpi, field, value, score, view.index, view.id);
    },
    addKept(state, score) {
      state.known++;
      state.sent++;
      if (score === null) return;
      state.responded++;
      tally(state, score);
    },
    read(view) {
      if (view.survey !== null) {
        // Responses with a ticketId are deduplicated by the aggregator and come back through addKept.
        if (view.survey.type !== type || view.survey.ticketKey !== null) return undefined;
        return answer("sent", view.survey.score === undefined ? null : acc.readScore(view, view.survey.score, "records.score"));
      }
      const value = view.raw[type];
      const score = value === undefined || value === null ? null : acc.readScore(view, value, `records.${type}`);
      const sent = view.raw["surveySent"];
      if (sent === undefined || sent === null) return score === null ? undefined : answer("unknown", score);
      if (sent === true) return answer("sent", score);
      if (sent === false && score === null) return answer("notSent", null);
      return fail(view.kpi, "records.surveySent", sent, score === null ? "true, false or absent" : `true or absent: the ticket has a ${type} score`, view.index, view.id);
    },
    apply(state, { send, score }) {
      if (send === "sent") acc.addKept(state, score);
      else if (send === "notSent") state.known++;
      else tally(state, score as number);
      return 0;
    },
    merge(into, from) {
      for (const score in from.scores) into.scores[score] = (into.scores[score] ?? 0) + (from.scores[score] as number);
      into.known += from.known;
      into.sent += from.sent;
      into.responded += from.responded;
    },
    toJSON: (state) => ({ scores: { ...state.scores }, known: state.known, sent: state.sent, responded: state.responded }),
    fromJSON(json, field) {
      const o = checkObject(RESTORE, field, json);
      const saved = checkObject(RESTORE, `${field}.scores`, o["scores"]);
      const scores: Record<string, number> = {};
      for (const [key, count] of Object.entries(saved)) {
        if (typeof check(Number(key)) !== "number") fail(RESTORE, `${field}.scores`, key, `a ${type} score`);
        scores[key] = checkCount(RESTORE, `${field}.scores.${key}`, count);
      }
      const sends = savedCounts(o, field, ["known", "sent", "responded"] as const);
      if (sends.responded > sends.sent || sends.sent > sends.known) fail(RESTORE, field, o, "counts with responded ≤ sent ≤ known");
      return { scores, ...sends };
    },
    result(state) {
      const sends = state.known === 0 ? null : { ...responseRate({ sent: state.sent, responded: state.responded }, { confidence: options["confidence"] as number | undefined }), responded: state.responded };
      return { ...calculate(type, options, state.scores), responseRate: sends };
    },
  };
  return acc;
}
