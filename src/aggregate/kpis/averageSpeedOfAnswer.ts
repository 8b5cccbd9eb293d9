/**
 * The `averageSpeedOfAnswer` KPI of summarize: the mean wait of a group's answered calls.
 *
 * @module
 */
import { roundingError } from "../../_lib/math.js";
import { averageSpeedOfAnswerOfTotal, type AverageSpeedOfAnswerResult } from "../../contactCenter/averageSpeedOfAnswer/averageSpeedOfAnswer.js";
import { fail } from "../../_lib/check.js";
import { checkRecords, RESTORE, savedCounts, type KpiDescriptor } from "../_lib/kpi.js";

/** Answered calls, and their waits' sum with Neumaier's compensation (sum + compensation is the total). */
interface WaitTotal {
  answered: number;
  sum: number;
  compensation: number;
}

/** Adds `x` to a compensated sum. */
function add(state: WaitTotal, x: number): void {
  state.compensation += roundingError(state.sum, x);
  state.sum += x;
}

const NAMES = ["answered"] as const;

/**
 * `averageSpeedOfAnswer` (ASA): averageSpeedOfAnswer of the group's call records, the total
 * `waitMs` of the answered calls over their number (abandoned calls are validated and left
 * out). The waits add up with the calculator's compensated sum, so the result equals
 * `averageSpeedOfAnswer(calls)` on the same calls (exactly for whole milliseconds; for
 * fractional ones, to the last bit or so whatever the order and the merges). Tickets and survey
 * responses are left out. No options.
 */
export const averageSpeedOfAnswerKpi: KpiDescriptor<object, AverageSpeedOfAnswerResult> = {
  options: [],
  setup: () => ({
    create: (): WaitTotal => ({ answered: 0, sum: 0, compensation: 0 }),
    read: (view) => (view.call?.answered === true ? view.call.waitMs : undefined),
    apply(state: WaitTotal, wait: number) {
      state.answered++;
      add(state, wait);
      return 0;
    },
    merge(into: WaitTotal, from: WaitTotal) {
      into.answered += from.answered;
      add(into, from.sum);
      into.compensation += from.compensation;
    },
    toJSON: (state: WaitTotal) => ({ ...state }),
    fromJSON(json, field, within) {
      const { answered } = savedCounts(json, field, NAMES);
      checkRecords(`${field}.answered`, answered, within, ["calls"]);
      const o = json as Record<string, unknown>;
      const finite = (name: "sum" | "compensation"): number => {
        const v = o[name];
        if (typeof v !== "number" || !Number.isFinite(v)) fail(RESTORE, `${field}.${name}`, v, "a finite number");
        return v;
      };
      const sum = finite("sum");
      const compensation = finite("compensation");
      // waits are ≥ 0: so is their sum, 0 without calls
      if (!(sum >= 0) || (answered === 0 && sum !== 0)) fail(RESTORE, `${field}.sum`, sum, answered === 0 ? "0 without answered calls" : "a sum of waits, ≥ 0");
      // the compensation holds rounding errors only: each addition of a wait or of a merged sum rounds by at most half an ulp of the sum
      if (!(Math.abs(compensation) <= 4 * answered * Number.EPSILON * sum)) fail(RESTORE, `${field}.compensation`, compensation, `the rounding error of a sum of ${answered} waits (at most ${4 * answered * Number.EPSILON * sum} in size)`);
      return { answered, sum, compensation };
    },
    result: (state: WaitTotal) => averageSpeedOfAnswerOfTotal(state.sum + state.compensation, state.answered),
  }),
};
