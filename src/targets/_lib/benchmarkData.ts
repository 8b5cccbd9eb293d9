/**
 * The published benchmarks shipped with the library, each with the source it comes from.
 * docs/kpis/benchmarks.md quotes what each source says.
 *
 * @module
 */
import type { Direction } from "./direction.js";

/** One published benchmark: a level a KPI value reaches at or past `threshold`. */
export interface Benchmark {
  /** The KPI, named as the library's calculator: `"firstResponseTime"`, `"csat"`, `"nps"` … */
  readonly kpi: string;
  /** The channel it applies to (`"chat"`, `"email"`, `"phone"` …); absent: every channel. */
  readonly channel?: string;
  /** The source's word for the level: `"excellent"`, `"good"`, `"strong"`, `"world-class"` … */
  readonly level: string;
  /** In the library's units: milliseconds for times, percent for rates, points for NPS. */
  readonly threshold: number;
  /** Met when the value is at or past `threshold` in this direction. */
  readonly direction: Direction;
  /** Citation: who says so, what they say, and the URL. */
  readonly source: string;
  /** What else a comparison needs to be fair (the threshold of a service level, the scale). */
  readonly note?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const DATA: Benchmark[] = [
  {
    kpi: "firstResponseTime", channel: "chat", level: "excellent", threshold: MINUTE, direction: "lower-is-better",
    source: 'CXperts, "Response Time Benchmarks for Chat, Email, and Phone (2026)": live chat high-performer target under 60 seconds, average about 1 min 35 s. https://cxperts.us/?p=17030',
  },
  {
    kpi: "firstResponseTime", channel: "email", level: "excellent", threshold: HOUR, direction: "lower-is-better",
    source: 'Chatsy, "Live Chat Response Time Benchmarks: 2026 Industry Standards": email first response excellent under 1 hour, good under 4 hours. https://chatsy.app/blog/live-chat-response-time-benchmarks',
  },
  {
    kpi: "firstResponseTime", channel: "email", level: "good", threshold: 4 * HOUR, direction: "lower-is-better",
    source: 'Stealth Agents, "First Response Time Benchmarks for Customer Support: What the Data Actually Shows": email under 1 hour best-in-class, under 4 hours good, under 12 hours acceptable. https://stealthagents.com/research/first-response-time-benchmarks-for-customer-support-what-the-data-actually-shows',
  },
  {
    kpi: "csat", level: "strong", threshold: 85, direction: "higher-is-better",
    source: 'SQM Group, "Learn From the Best Call Centers to Improve FCR, Csat and Reduce Cost" (2021): world-class performance is 85 % or higher customer satisfaction (top-box), reached by about 5 % of call centers. https://www.sqmgroup.com/resources/library/blog/learn-best-call-centers-improve-fcr-csat-and-reduce-cost',
    note: "CSAT as the library computes it: satisfied (top boxes) / answers × 100.",
  },
  {
    kpi: "csat", level: "good", threshold: 75, direction: "higher-is-better",
    source: 'Merren, "CSAT Benchmark 2026: What Is a Good CSAT Score?": a good CSAT score is generally 75 % or higher, 80 %+ excellent, cross-industry about 76–78 %. https://merren.io/blogs/what-is-good-csat-score/',
  },
  {
    kpi: "nps", level: "world-class", threshold: 50, direction: "higher-is-better",
    source: 'Creditsafe, "NPS talk": 0+ is good, 30+ excellent, 50+ exceptional. https://creditsafe.com/gb/en/blog/business/nps-talk.html; CustomerGauge, "What is a good Net Promoter Score": 50 and above excellent, 70 or higher world class. https://customergauge.com/what-is-a-good-net-promoter-score',
    note: "Sources disagree on the name: 50+ is 'exceptional' (Creditsafe) or 'excellent' (CustomerGauge, which keeps 'world class' for 70+).",
  },
  {
    kpi: "nps", level: "good", threshold: 0, direction: "higher-is-better",
    source: 'CustomerGauge, "What is a good Net Promoter Score": any score above 0 is good (more promoters than detractors). https://customergauge.com/what-is-a-good-net-promoter-score',
  },
  {
    kpi: "firstContactResolution", level: "world-class", threshold: 80, direction: "higher-is-better",
    source: 'SQM Group, "Call Center Metrics and World-Class Targets" (2021): first call resolution 80 % or higher. https://www.sqmgroup.com/resources/library/blog/call-center-metrics-and-world-class-targets',
    note: "SQM measures FCR by post-call survey.",
  },
  {
    kpi: "firstContactResolution", level: "good", threshold: 70, direction: "higher-is-better",
    source: 'SQM Group 2022 FCR benchmark (press release, 16 May 2022): a good FCR rate is 70 % to 79 %; 69 % or below is the low end; 80 %+ world class. https://www.headlinesoftoday.com/topic/press-releases/sqms-2022-benchmark-research-uncovers-what-a-good-fcr-rate-is',
  },
  {
    kpi: "abandonmentRate", channel: "phone", level: "good", threshold: 5, direction: "lower-is-better",
    source: 'Convin, "Call Center Industry Standards Abandonment Rate": most call centers aim to keep abandonment between 3 % and 5 %. https://convin.ai/frequently-asked-questions/call-center-industry-standards-abandonment-rate',
  },
  {
    kpi: "abandonmentRate", channel: "phone", level: "industry-standard", threshold: 8, direction: "lower-is-better",
    source: 'Uniphore glossary, "Abandonment Rate": a call center abandonment rate of between 5–8 % is considered the industry standard. https://www.uniphore.com/glossary/abandonment-rate/',
  },
  {
    kpi: "serviceLevel", channel: "phone", level: "common-target", threshold: 80, direction: "higher-is-better",
    source: 'Fonolo, "Why 80/20 is Probably the Wrong Service Level for Your Call Center" (2014): the most popular service level is 80/20 (80 % of calls answered within 20 seconds), chosen by convention rather than analysis. https://fonolo.com/blog/2014/06/why-8020-is-probably-the-wrong-service-level-for-your-call-center/',
    note: "Only comparable for a service level measured with thresholdMs 20_000.",
  },
];

/** The shipped benchmarks, frozen (the list and each entry). */
export const BENCHMARK_DATA: readonly Benchmark[] = Object.freeze(DATA.map((b) => Object.freeze(b)));
