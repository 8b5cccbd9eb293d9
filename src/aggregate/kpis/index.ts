/**
 * The KPIs of summarize and the aggregators, one descriptor each, in the order the docs list
 * them. Everything the rest of the library knows about the KPIs comes from this list: their names,
 * the options each takes, the type of each column. A new KPI is a new file beside this one and a
 * line here.
 *
 * @module
 */
import type { KpiRegistry, OptionsOf, ResultOf } from "../_lib/kpi.js";
import { abandonmentRateKpi } from "./abandonmentRate.js";
import { averageSpeedOfAnswerKpi } from "./averageSpeedOfAnswer.js";
import { backlogKpi } from "./backlog.js";
import { cesKpi } from "./ces.js";
import { complaintRateKpi } from "./complaintRate.js";
import { countKpi } from "./count.js";
import { csatKpi } from "./csat.js";
import { escalationRateKpi } from "./escalationRate.js";
import { firstContactResolutionKpi } from "./firstContactResolution.js";
import { firstResponseTimeKpi } from "./firstResponseTime.js";
import { handleTimeKpi } from "./handleTime.js";
import { nextReplyTimeKpi } from "./nextReplyTime.js";
import { npsKpi } from "./nps.js";
import { oneTouchResolutionRateKpi } from "./oneTouchResolutionRate.js";
import { reassignmentRateKpi } from "./reassignmentRate.js";
import { reopenRateKpi } from "./reopenRate.js";
import { resolutionRateKpi } from "./resolutionRate.js";
import { resolutionTimeKpi } from "./resolutionTime.js";
import { serviceLevelKpi } from "./serviceLevel.js";
import { slaComplianceKpi } from "./slaCompliance.js";
import { surveyDelayKpi } from "./surveyDelay.js";
import { uniqueCustomersKpi } from "./uniqueCustomers.js";

/**
 * Every KPI by name, in the order the docs list them. The comment on each entry is what the API
 * docs show for it in {@link KpiOptionsMap} and {@link KpiResultMap}.
 */
export const KPIS = {
  /** `count`: records in the group, tickets, survey responses and calls apart. No options. */
  count: countKpi,
  /** `uniqueCustomers`: distinct `customerId` values of the tickets, and tickets per customer. No options. */
  uniqueCustomers: uniqueCustomersKpi,
  /** `csat`: csat of the group's scores, with the response rate. Options `scale`, `satisfiedMin`, `confidence`. */
  csat: csatKpi,
  /** `nps`: nps of the group's scores, with the response rate. Options `interval`, `confidence`. */
  nps: npsKpi,
  /** `ces`: ces of the group's scores, with the response rate. Options as ces. */
  ces: cesKpi,
  /** `surveyDelay`: durationStats of the survey responses' sent → answered times. Options `percentiles`, `method`. */
  surveyDelay: surveyDelayKpi,
  /** `firstResponseTime`: durationStats of the first response times. Options `percentiles`, `method`, `buckets`, `calendar` (business time). */
  firstResponseTime: firstResponseTimeKpi,
  /** `resolutionTime`: durationStats of the resolved tickets' resolution times. Options `percentiles`, `method`, `buckets`, `calendar` (business time). */
  resolutionTime: resolutionTimeKpi,
  /** `handleTime`: durationStats of the handle times. Options `percentiles`, `method`, `buckets`. */
  handleTime: handleTimeKpi,
  /** `nextReplyTime`: durationStats of every next-reply wait (`n` waits, `tickets` with one). Options `percentiles`, `method`, `buckets`, `calendar` (business time). */
  nextReplyTime: nextReplyTimeKpi,
  /** `resolutionRate`: resolved tickets over all tickets. Option `confidence`. */
  resolutionRate: resolutionRateKpi,
  /** `reopenRate`: tickets reopened at least once over tickets solved at least once. Option `confidence`. */
  reopenRate: reopenRateKpi,
  /** `oneTouchResolutionRate`: solved tickets with at most one public agent reply (ticketTimings' oneTouch) over solved tickets. Option `confidence`. */
  oneTouchResolutionRate: oneTouchResolutionRateKpi,
  /** `firstContactResolution`: firstContactResolution of the `firstContactResolved` flags. Option `confidence`. */
  firstContactResolution: firstContactResolutionKpi,
  /** `complaintRate`: complaintRatio of the complaints (flag or category) over the tickets. Options `categories`, `confidence`. */
  complaintRate: complaintRateKpi,
  /** `escalationRate`: tickets with `escalated: true` over tickets with the flag. Option `confidence`. */
  escalationRate: escalationRateKpi,
  /** `reassignmentRate`: tickets reassigned at least once over tickets with `reassignments`, and the mean. Option `confidence`. */
  reassignmentRate: reassignmentRateKpi,
  /** `slaCompliance`: slaCompliance per metric of an SLA policy. Options `policy` (required), `now`, `excludeAutomated`, `confidence`. */
  slaCompliance: slaComplianceKpi,
  /** `backlog` (needs the `period` option): the period's flows and open stock; `null` in the row without a period. No options. */
  backlog: backlogKpi,
  /** `serviceLevel`: serviceLevel of the call records. Options `thresholdMs` (required), `formula`, `shortAbandonMs`, `confidence`. */
  serviceLevel: serviceLevelKpi,
  /** `abandonmentRate`: abandonmentRate of the call records. Options `shortAbandonMs`, `confidence`. */
  abandonmentRate: abandonmentRateKpi,
  /** `averageSpeedOfAnswer`: averageSpeedOfAnswer (ASA) of the call records, the mean wait of the answered calls. No options. */
  averageSpeedOfAnswer: averageSpeedOfAnswerKpi,
} as const satisfies KpiRegistry;

type Kpis = typeof KPIS;

/**
 * The KPIs {@link summarize} computes per group.
 *
 * @useDeclaredType
 */
export type KpiName = keyof Kpis;

type OptionsByName = { readonly [K in keyof Kpis]: OptionsOf<Kpis[K]> };
type ResultsByName = { readonly [K in keyof Kpis]: ResultOf<Kpis[K]> };

/** The options each KPI takes beside its name (its descriptor's options). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface, so that the API docs list each KPI
export interface KpiOptionsMap extends OptionsByName {}

/** The result of each KPI: the column it fills in every row (its descriptor's result). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface, so that the API docs list each KPI
export interface KpiResultMap extends ResultsByName {}
