/**
 * Every helpdesk preset, by name.
 *
 * @module
 */
import type { HelpdeskName, HelpdeskPreset } from "../types.js";
import { chatwoot } from "./chatwoot.js";
import { freshdesk } from "./freshdesk.js";
import { hubspot } from "./hubspot.js";
import { intercom } from "./intercom.js";
import { jira } from "./jira.js";
import { zammad } from "./zammad.js";
import { zendesk } from "./zendesk.js";

/**
 * The helpdesk presets by name: `presets.zendesk` … Each is data (a {@link HelpdeskPreset}); give
 * one, or its name, to {@link resolvePreset}, or `--preset <name>` on the command line.
 *
 * @category Helpdesks
 */
export const presets: Readonly<Record<HelpdeskName, HelpdeskPreset>> = /* @__PURE__ */ Object.freeze({ zendesk, freshdesk, intercom, hubspot, zammad, jira, chatwoot });
