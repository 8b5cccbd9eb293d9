export { liveView } from "./liveView.js";
export type { LiveViewBy, LiveViewCounts, LiveViewGroup, LiveViewOptions, LiveViewResult, LiveViewSlaItem, LiveViewWait } from "./liveView.js";
