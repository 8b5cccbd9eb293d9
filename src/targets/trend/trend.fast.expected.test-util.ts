/**
 * trend()'s definition (`reference` of trend.reference.test-util.ts, pair by pair) on the large
 * cases of `LARGE`, written by running it once; trend.fast.reference.test.ts computes them again
 * in every test run and must find them equal.
 */
import type { TrendResult } from "./trend.js";
import type { LARGE } from "./trend.reference.test-util.js";

export const EXPECTED: Record<keyof typeof LARGE, TrendResult> = {
  "a random walk of 3,000 whole numbers": {"n":3000,"period":null,"s":2090015,"varS":2999575915,"z":38.16095778701254,"pValue":1.251597e-318,"tau":0.4700645451636391,"direction":"increasing","slope":0.010604870384917517,"intercept":-3.1539670070699124,"slopeCi":{"lower":0.010145846544071021,"upper":0.01107011070110701,"level":0.95},"reason":null},
  "the same walk with weekly seasons, and at 99 %": {"n":3000,"period":7,"s":-448219,"varS":61416521,"z":-57.19350173453253,"pValue":0,"tau":-0.70357857189521,"direction":"decreasing","slope":-0.03214285714285714,"intercept":37.80535714285714,"slopeCi":{"lower":-0.033101045296167246,"upper":-0.031198686371100164,"level":0.99},"reason":null},
  "500 seasons of six points: many small groups": {"n":3000,"period":500,"s":-47,"varS":14025.666666666757,"z":-0.3884150730636672,"pValue":0.6977088914569586,"tau":-0.006326480440349318,"direction":"no trend","slope":0,"intercept":-17,"slopeCi":{"lower":-0.001,"upper":0.001,"level":0.95},"reason":null},
  "hourly points in days (times not exact in binary) with values in tenths": {"n":2000,"period":null,"s":-983356,"varS":888466590,"z":-32.99056700359232,"pValue":1.109119880744841e-238,"tau":-0.49936289666339584,"direction":"decreasing","slope":-0.03593750000000001,"intercept":716.2457356770835,"slopeCi":{"lower":-0.03818849449204476,"upper":-0.03359580052493427,"level":0.95},"reason":null},
  "a flat series": {"n":2500,"period":null,"s":0,"varS":0,"z":0,"pValue":1,"tau":null,"direction":"no trend","slope":0,"intercept":4,"slopeCi":{"lower":0,"upper":0,"level":0.95},"reason":null},
  "a staircase: large groups of equal slopes": {"n":2500,"period":null,"s":3121251,"varS":1737149029,"z":74.88761791162446,"pValue":0,"tau":0.9995999199679839,"direction":"increasing","slope":0.3333333333333333,"intercept":-0.3333333333333144,"slopeCi":{"lower":0.3333333333333333,"upper":0.3333333333333333,"level":0.95},"reason":null},
  "a line: every slope equal": {"n":2500,"period":null,"s":-3123750,"varS":1737152083.3333333,"z":-74.94751010360416,"pValue":0,"tau":-1,"direction":"decreasing","slope":-2,"intercept":5,"slopeCi":{"lower":-2,"upper":-2,"level":0.95},"reason":null},
};
