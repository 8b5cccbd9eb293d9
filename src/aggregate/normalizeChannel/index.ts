export { CHANNELS, normalizeChannel, type Channel } from "./normalizeChannel.js";
