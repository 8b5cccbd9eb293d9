export * from "./staffingTable.js";
