export { serviceLevel, SERVICE_LEVEL_FORMULAS, type Call, type CallOutcome, type ServiceLevelFormula, type ServiceLevelOptions, type ServiceLevelResult } from "./serviceLevel.js";
