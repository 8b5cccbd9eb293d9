import { fail } from "../../_lib/check.js";

/** The channels {@link normalizeChannel} maps every spelling to, in a fixed order. */
export const CHANNELS = /* @__PURE__ */ Object.freeze(["chat", "email", "phone", "social", "self-service", "web", "messaging", "other"] as const);
/** A normalized channel: one of {@link CHANNELS}. */
export type Channel = (typeof CHANNELS)[number];

/**
 * Spellings seen in helpdesk and contact-center exports (Zendesk `via.channel`, Intercom,
 * Freshdesk `source`, Salesforce `Origin`, Genesys media types), keyed with case, spaces,
 * hyphens, underscores and dots removed. Keep docs/kpis/channels.md in step with this table.
 */
const SPELLINGS: Readonly<Record<Exclude<Channel, "other">, readonly string[]>> = {
  chat: ["chat", "livechat", "webchat", "onlinechat", "websitechat", "inappchat", "chatsupport", "zopim", "zendeskchat"],
  email: ["email", "mail", "emails", "emailsupport", "inboundemail", "outboundemail", "emailticket", "emailtoticket"],
  phone: ["phone", "voice", "call", "calls", "phonecall", "telephone", "telephony", "tel", "inboundcall", "outboundcall", "callback", "voicemail", "callcenter", "callcentre"],
  social: ["social", "socialmedia", "socialnetwork", "twitter", "x", "facebook", "facebookpost", "instagram", "linkedin", "tiktok", "youtube"],
  "self-service": ["selfservice", "helpcenter", "helpcentre", "knowledgebase", "kb", "faq", "faqs", "community", "forum", "bot", "chatbot", "answerbot", "virtualagent"],
  web: ["web", "webform", "contactform", "form", "website", "portal", "supportportal", "customerportal", "widget", "webwidget", "feedbackwidget"],
  messaging: [
    "messaging", "sms", "text", "textmessage", "whatsapp", "messenger", "facebookmessenger", "instagramdm", "twitterdm", "wechat",
    "line", "telegram", "viber", "imessage", "applemessages", "applebusinesschat", "rcs", "nativemessaging", "inappmessaging", "mobilesdk",
  ],
};

const TABLE: ReadonlyMap<string, Channel> = /* @__PURE__ */ (() => {
  const table = new Map<string, Channel>();
  for (const [channel, keys] of Object.entries(SPELLINGS) as [Channel, readonly string[]][]) for (const key of keys) table.set(key, channel);
  return table;
})();

/** The lookup key of a spelling: lower case, without whitespace, hyphens, underscores and dots. */
const keyOf = (raw: string): string => raw.toLowerCase().replace(/[\s\-_.]+/g, "");

/**
 * Normalized channel: maps the channel names of real exports ("E-mail", "Live chat",
 * "Social media", "WhatsApp", "Voice", "Help Center", "Web form" …) to one of eight channels.
 *
 * @remarks
 * The spelling is looked up with case, spaces, hyphens, underscores and dots ignored
 * (`"Self_Service"`, `"self-service"` and `"SELF SERVICE"` are one key). Public social posts
 * (Twitter/X, Facebook, Instagram) are `"social"`; private messaging apps and SMS (WhatsApp,
 * Messenger, Instagram DMs, WeChat …) are `"messaging"`; bots, help centers and communities are
 * `"self-service"`; web forms and portals are `"web"`. Anything else, `null`, `undefined` and
 * the empty string are `"other"` (`"API"`, `"system"`: no customer channel is known). Each
 * output maps to itself, so normalizing twice changes nothing. The full table is in
 * docs/kpis/channels.md. Cost O(length of `raw`).
 *
 * @param raw - The channel as the export writes it, or `null` / `undefined` when missing.
 * @returns One of {@link CHANNELS}.
 * @throws {@link KpiInputError} (field `"raw"`) when `raw` is neither a string nor
 *   `null` / `undefined`.
 * @example
 * ```ts
 * normalizeChannel("E-mail"); // "email"
 * normalizeChannel("Live chat"); // "chat"
 * normalizeChannel("Social Media"); // "social"
 * normalizeChannel("WhatsApp"); // "messaging"
 * normalizeChannel("Help Center"); // "self-service"
 * normalizeChannel("API"); // "other"
 * normalizeChannel(null); // "other"
 * ```
 * @see docs/kpis/channels.md (the table); Zendesk Support API, "Ticket Audits: via object"
 *   (`via.channel` values); Freshdesk API, ticket `source` values.
 * @category Aggregation
 */
export function normalizeChannel(raw: string | null | undefined): Channel {
  if (raw === null || raw === undefined) return "other";
  if (typeof raw !== "string") fail("normalizeChannel", "raw", raw, "a string, null or undefined");
  return TABLE.get(keyOf(raw)) ?? "other";
}
