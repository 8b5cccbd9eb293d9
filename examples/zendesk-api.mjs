// Tickets from the Zendesk API, page by page, into an aggregator as the pages arrive: fromZendesk
// turns each page (tickets, their audits, the users and groups) into records with events, and
// servicekpi measures first reply and resolution itself, in the account's business hours.
//
//   npm run build && node examples/zendesk-api.mjs
// With ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_TOKEN set it asks your account; without them it
// reads recorded pages (test/fixtures/helpdesks/zendesk-api, made-up tickets).
import { readFile } from "node:fs/promises";
import { businessCalendar, createAggregator } from "servicekpi";
import { fromZendesk } from "servicekpi/helpdesks";

const { ZENDESK_SUBDOMAIN: subdomain, ZENDESK_EMAIL: email, ZENDESK_TOKEN: token } = process.env;
const base = subdomain ? `https://${subdomain}.zendesk.com/api/v2` : "https://example.zendesk.com/api/v2";

/** GET a JSON page: from the account, or from the recorded pages. */
async function get(url) {
  if (subdomain) {
    const response = await fetch(url, { headers: { Authorization: `Basic ${btoa(`${email}/token:${token}`)}` } });
    if (response.status === 429) throw new Error(`rate limited: retry after ${response.headers.get("retry-after")} s`);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }
  const path = new URL(url).pathname.replace("/api/v2/", "");
  const recorded = (name) => readFile(new URL(`../test/fixtures/helpdesks/zendesk-api/${name}`, import.meta.url), "utf8").then(JSON.parse);
  if (path === "tickets.json") return recorded(new URL(url).searchParams.has("page[after]") ? "tickets-2.json" : "tickets-1.json");
  const audits = /^tickets\/(\d+)\/audits\.json$/.exec(path);
  if (audits) return recorded("ticket_audits.json").then((page) => ({ audits: page.audits.filter((a) => a.ticket_id === Number(audits[1])) }));
  return recorded(path);
}

/** Every page of a cursor-paginated list, following links.next (Zendesk's cursor pagination). */
async function* pages(url) {
  for (let next = url; next; ) {
    const page = await get(next);
    yield page;
    next = page.meta?.has_more ? page.links.next : null;
  }
}

const all = async (url, key) => {
  const items = [];
  for await (const page of pages(url)) items.push(...page[key]);
  return items;
};
const users = await all(`${base}/users.json?role[]=agent&role[]=admin&page[size]=100`, "users");
const groups = await all(`${base}/groups.json?page[size]=100`, "groups");

// The account's schedule (Admin Center > Objects and rules > Schedules), as a business calendar.
const day = [["09:00", "17:00"]];
const schedule = businessCalendar({ timeZone: "Europe/Berlin", week: { mon: day, tue: day, wed: day, thu: day, fri: day } });
const aggregator = createAggregator({ by: ["team"], kpis: [{ kpi: "firstResponseTime", calendar: schedule }, { kpi: "resolutionTime", calendar: schedule }, { kpi: "csat", scale: "binary" }] });

let tickets = 0;
for await (const page of pages(`${base}/tickets.json?page[size]=100`)) {
  const audits = (await Promise.all(page.tickets.map((t) => get(`${base}/tickets/${t.id}/audits.json`)))).flatMap((p) => p.audits);
  for (const record of fromZendesk({ tickets: page.tickets, audits, users, groups })) aggregator.add(record);
  tickets += page.tickets.length;
  console.log(`page of ${page.tickets.length} tickets read (${tickets} so far)`);
}

const result = aggregator.result();
const hours = (ms) => (ms === null ? "–" : (ms / 3_600_000).toFixed(2));
console.table(
  [...result.rows, result.total].map((r) => ({
    team: r.group.team ?? "total",
    tickets: r.n,
    "first reply mean (business h)": hours(r.firstResponseTime.meanMs),
    "resolution p50 (business h)": hours(r.resolutionTime.medianMs),
    "CSAT %": r.csat.value === null ? "–" : r.csat.value.toFixed(1),
  })),
);
