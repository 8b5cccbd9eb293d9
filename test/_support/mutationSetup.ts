/**
 * Setup of the mutation runs (vitest.mutation.config.ts): property tests that keep fast-check's
 * default try 25 cases per mutant instead of 100. A mutant is a deliberate, usually gross
 * change; 25 cases find it or the unit tests beside them do, and the run takes a quarter of the
 * time. Tests that set their own `numRuns` keep it. The ordinary test run is not affected.
 *
 * The seed is fixed too. `test.prop` names each test after its seed ("… (with seed=123)"), and
 * Stryker knows tests by name: with a new random seed in every process, the names of the dry run
 * (which records which tests cover which mutant) matched no test of the mutant runs, so property
 * tests never ran against a mutant, and every incremental run saw each property test as new and
 * tested all the mutants it covers again.
 */
import { fc } from "@fast-check/vitest";

fc.configureGlobal({ numRuns: 25, seed: 20_261_207 });
