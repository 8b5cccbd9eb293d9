export * from "./contactVolume.js";
