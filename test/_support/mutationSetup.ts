/**
 * Setup of the mutation runs (vitest.mutation.config.ts): property tests that keep fast-check's
 * default try 25 cases per mutant instead of 100. A mutant is a deliberate, usually gross
 * change; 25 cases find it or the unit tests beside them do, and the run takes a quarter of the
 * time. Tests that set their own `numRuns` keep it. The ordinary test run is not affected.
 */
import { fc } from "@fast-check/vitest";

fc.configureGlobal({ numRuns: 25 });
