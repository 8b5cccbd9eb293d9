/**
 * The standard normal distribution, to near machine precision, with no tables.
 *
 * erfc uses the power series of erf below |x| = 2 and a continued fraction (Lentz's method)
 * above it, so tail probabilities keep their relative accuracy down to 1e-300. The quantile
 * starts from Abramowitz & Stegun 26.2.23 and refines with Halley steps against the CDF.
 */

const SQRT_PI = Math.sqrt(Math.PI);

/** Complementary error function erfc(x) = 1 − erf(x). */
export function erfc(x: number): number {
  // (NaN passes every test below and the continued fraction gives NaN)
  if (x < 0) return 2 - erfc(-x);
  // Stryker disable next-line EqualityOperator: equivalent, at x = 2 the series and the continued fraction are both accurate
  if (x < 2) return 1 - erfSeries(x);
  if (x > 27) return 0;
  return erfcContinuedFraction(x);
}

/** erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)): all terms positive, no cancellation. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let total = x;
  // Stryker disable next-line EqualityOperator: speed only, below x = 2 the series converges in far fewer than 200 terms
  for (let k = 1; k < 200; k++) {
    term *= (2 * x2) / (2 * k + 1);
    total += term;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, further terms are below 1e-17 of the total
    if (term < total * 1e-17) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x2) * total;
}

/**
 * erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by the modified Lentz method.
 * For x ≥ 2 (the only arguments it gets) every partial numerator is positive, so c ≥ x and
 * 1/d ≥ x: neither can come near 0 and Lentz's guard against a zero denominator is not needed.
 */
function erfcContinuedFraction(x: number): number {
  let f = x;
  let c = x;
  let d = 0;
  // Stryker disable next-line EqualityOperator: speed only, from x = 2 the fraction converges in far fewer than 500 steps
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = 1 / (x + a * d);
    c = x + a / c;
    const delta = c * d;
    f *= delta;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: speed only, once converged every further factor is 1 to the last bit
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/** Φ(z), the standard normal CDF. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** φ(z), the standard normal density. */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|). */
export function twoSidedNormalP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** Φ⁻¹(p) for 0 < p < 1: the z with Φ(z) = p. */
export function normalQuantile(p: number): number {
  if (p === 0.5) return 0;
  // Stryker disable next-line EqualityOperator: equivalent, p = 0.5 has returned 0 above
  if (p > 0.5) return -normalQuantile(1 - p);
  // Lower tail: initial guess from Abramowitz & Stegun 26.2.23 (|error| < 4.5e-4).
  const t = Math.sqrt(-2 * Math.log(p));
  let x = (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t) - t;
  // Halley refinement against the accurate CDF; three steps reach full double precision.
  for (let i = 0; i < 3; i++) {
    const e = normalCdf(x) - p;
    const u = e / normalPdf(x);
    // Stryker disable next-line ArithmeticOperator: precision only, from A&S's start (error < 4.5e-4) three Newton-like steps reach full precision with or without Halley's correction
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}

/**
 * The two-sided critical value z such that P(|Z| ≤ z) = confidence, for 0 < confidence < 1:
 * −Φ⁻¹ of the tail (1 − confidence) / 2, which the lower-tail quantile keeps to full relative
 * accuracy. For confidence ≥ ½ the tail is exact (so are 1 − c and halving it), where
 * Φ⁻¹(1 − tail) would round 1 − tail first: to 1 (z = ∞, and NaN bounds downstream) for the
 * largest confidence below 1, 1 − 2⁻⁵³.
 */
export function zForConfidence(confidence: number): number {
  return -normalQuantile((1 - confidence) / 2);
}
