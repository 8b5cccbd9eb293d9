/**
 * A small seeded random source for the sample data: splitmix32 to spread the seed, then sfc32,
 * with uniform, weighted-choice and log-normal draws. The same seed gives the same data on every
 * machine and Node version (only 32-bit integer arithmetic and IEEE doubles).
 *
 * @module
 */

/** A seeded generator of uniform numbers in [0, 1). */
export interface Random {
  (): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** sfc32 seeded through splitmix32. */
export function seededRandom(seed: number): Random {
  const next = splitmix32(seed);
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** A value picked with probability proportional to its weight. */
export function pick<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of choices) total += w;
  let u = random() * total;
  for (const [value, w] of choices) {
    u -= w;
    if (u < 0) return value;
  }
  return (choices[choices.length - 1] as readonly [T, number])[0];
}

/** A standard normal draw (Box–Muller, one of the pair). */
export function normal(random: Random): number {
  const u = 1 - random(); // (0, 1]: log(u) is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A log-normal draw with the given median and log-scale spread σ. */
export function logNormal(random: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(random));
}
