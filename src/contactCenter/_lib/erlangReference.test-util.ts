/**
 * Independent reference computations for the Erlang tests. None of them shares code or method
 * with src/contactCenter/_lib/erlang*.ts:
 * - exact Erlang C with BigInt rationals (the textbook formula with factorials and powers);
 * - Erlang C in log space from Poisson terms, for thousands of agents;
 * - Erlang A from the truncated birth–death chain solved with plain arrays, waits by first-step
 *   analysis, and the service level by uniformisation of the tagged caller's chain.
 */

/** `num / den` for BigInts as a double, correct to about 1e-17 relative. */
export function bigRatio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = Math.max(0, 90 + den.toString(2).length - num.toString(2).length);
  const q = (num << BigInt(shift)) / den;
  return Number(q) / 2 ** shift;
}

/**
 * Exact Erlang C for traffic p/q and N agents (N > p/q), from the textbook formula
 * C = X / (Y + X), X = A^N/N! · N/(N − A), Y = Σ_{k<N} A^k/k!, every term multiplied by
 * N!·q^N·(Nq − p) so that all of it is integer.
 */
export function exactErlangC(p: bigint, q: bigint, n: number): number {
  const N = BigInt(n);
  const x = p ** N * N * q;
  let y = 0n;
  let fallingFactorial = 1n; // N!/k!, from k = N − 1 down
  for (let k = n - 1; k >= 0; k--) {
    fallingFactorial *= BigInt(k + 1);
    y += p ** BigInt(k) * q ** (N - BigInt(k)) * fallingFactorial;
  }
  y *= N * q - p;
  return bigRatio(x, y + x);
}

/**
 * Erlang C in log space: ln(p_k / p_N) = Σ_{i=k+1}^{N} ln(i / A) for the Poisson terms
 * p_k = A^k / k!, summed with Neumaier compensation, then B = 1 / Σ_{k≤N} p_k/p_N and
 * C = N·B / (N − A(1 − B)).
 */
export function logSpaceErlangC(a: number, n: number): number {
  let logRatio = 0;
  let compensation = 0;
  let inverseB = 1;
  for (let k = n - 1; k >= 0; k--) {
    const term = Math.log((k + 1) / a);
    const t = logRatio + term;
    compensation += Math.abs(logRatio) >= Math.abs(term) ? logRatio - t + term : term - t + logRatio;
    logRatio = t;
    const r = Math.exp(logRatio + compensation);
    inverseB += r;
    if (r < 1e-20 * inverseB && k < a) break;
  }
  const b = 1 / inverseB;
  return (n * b) / (n - a * (1 - b));
}

/** Erlang A measures from a direct solution of the truncated chain (states 0 … n + maxQueue), normalised in log space. */
export function chainErlangA(a: number, n: number, r: number, tau: number, maxQueue: number) {
  const size = n + maxQueue + 1;
  // ln π(k) up to a constant, then π(k) relative to the largest: heavy overload puts the mass
  // thousands of orders of magnitude above π(0), beyond any double.
  const logPi = new Float64Array(size);
  for (let k = 1; k < size; k++) logPi[k] = logPi[k - 1]! + Math.log(a) - Math.log(Math.min(k, n) + Math.max(0, k - n) * r);
  const top = logPi.reduce((m, l) => Math.max(m, l), -Infinity);
  const pi = logPi.map((l) => Math.exp(l - top));
  const z = pi.reduce((s, x) => s + x, 0);
  for (let k = 0; k < size; k++) pi[k]! /= z;
  let waiting = 0;
  let lq = 0;
  let busy = 0;
  for (let k = 0; k < size; k++) {
    if (k >= n) waiting += pi[k]!;
    lq += Math.max(0, k - n) * pi[k]!;
    busy += Math.min(k, n) * pi[k]!;
  }
  // First-step analysis of a tagged caller with j callers ahead: leaving rate q_j = n + j·r + r;
  // P_j = (n + j r)/q_j · P_{j−1} (answered), M_j = P_j / q_j + (n + j r)/q_j · M_{j−1}
  // (E[wait; answered]), from P_{−1} = 1, M_{−1} = 0.
  let answered = 0;
  let answeredWait = 0;
  for (let k = 0; k < n; k++) answered += pi[k]!;
  let p = 1;
  let m = 0;
  for (let j = 0; j <= maxQueue; j++) {
    const qj = n + j * r + r;
    p = ((n + j * r) / qj) * p;
    m = p / qj + ((n + j * r) / qj) * m;
    answered += pi[n + j]! * p;
    answeredWait += pi[n + j]! * m;
  }
  return {
    probabilityOfWaiting: waiting,
    probabilityOfAbandon: (r * lq) / a,
    occupancy: (busy / n) * 100,
    averageWait: lq / a,
    asa: answeredWait / answered,
    serviceLevel: uniformizedServiceLevel(pi, n, r, tau, maxQueue) * 100,
  };
}

/**
 * P(answered within τ) by uniformisation: the tagged caller's position j (callers ahead) falls
 * at rate n + j·r, the caller abandons at rate r, and is answered from j = 0 at rate n. Start
 * from the arrival distribution (PASTA) and accumulate the answered mass over Poisson steps.
 */
function uniformizedServiceLevel(pi: Float64Array, n: number, r: number, tau: number, maxQueue: number): number {
  let immediate = 0;
  for (let k = 0; k < n; k++) immediate += pi[k]!;
  const rate = n + maxQueue * r + r;
  let v = Array.from({ length: maxQueue + 1 }, (_, j) => pi[n + j]!);
  const lt = rate * tau;
  const steps = Math.ceil(lt + 12 * Math.sqrt(lt) + 60);
  let poisson = Math.exp(-lt);
  let answered = 0;
  let result = 0;
  for (let s = 1; s <= steps; s++) {
    const next = new Array<number>(maxQueue + 1).fill(0);
    for (let j = 0; j <= maxQueue; j++) {
      const mass = v[j]!;
      const advance = n + j * r;
      if (j === 0) answered += (mass * advance) / rate;
      else next[j - 1]! += (mass * advance) / rate;
      next[j]! += (mass * (rate - advance - r)) / rate;
    }
    v = next;
    poisson *= lt / s;
    result += poisson * answered;
  }
  // Σ_s P(N = s) · answered-by-step-s, plus the mass of steps beyond the horizon (negligible).
  return immediate + result;
}
