export { slaCompliance, type SlaComplianceResult, type SlaMeasurement, type SlaOutcome } from "./slaCompliance.js";
