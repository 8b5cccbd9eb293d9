/**
 * servicekpi/helpdesks: the exports of Zendesk, Freshdesk, Intercom, HubSpot, Zammad, Jira Service
 * Management and Chatwoot described as data (presets: which column becomes which record field, in which unit,
 * with which vocabulary), matched against a file's header; and the JSON of the Zendesk, Freshdesk,
 * Intercom and Help Scout APIs as ticket records with events. Pure: no Node built-ins, no zod, no network.
 *
 * @packageDocumentation
 */
export { presets } from "./presets/index.js";
export { resolvePreset, type ResolvePresetOptions } from "./resolvePreset/resolvePreset.js";
export { recognisePreset } from "./recognisePreset/recognisePreset.js";
export { fromZendesk, zendeskMetrics, type FromZendeskOptions, type ZendeskMetricValues } from "./zendesk/fromZendesk.js";
export type * from "./zendesk/types.js";
export {
  fromFreshdesk,
  type FreshdeskAgent,
  type FreshdeskContact,
  type FreshdeskConversation,
  type FreshdeskGroup,
  type FreshdeskRatings,
  type FreshdeskInput,
  type FreshdeskSatisfactionRating,
  type FreshdeskStats,
  type FreshdeskTicket,
} from "./freshdesk/fromFreshdesk.js";
export {
  fromIntercom,
  intercomMetrics,
  type FromIntercomOptions,
  type IntercomAuthor,
  type IntercomConversation,
  type IntercomInput,
  type IntercomContactList,
  type IntercomMetricValues,
  type IntercomNamed,
  type IntercomPartList,
  type IntercomRating,
  type IntercomTagList,
  type IntercomPart,
  type IntercomSource,
  type IntercomStatistics,
} from "./intercom/fromIntercom.js";
export {
  fromHelpScout,
  type FromHelpScoutOptions,
  type HelpScoutConversation,
  type HelpScoutInput,
  type HelpScoutPerson,
  type HelpScoutRating,
  type HelpScoutRatingObject,
  type HelpScoutRatingRow,
  type HelpScoutThread,
} from "./helpscout/fromHelpScout.js";
export type * from "./types.js";
