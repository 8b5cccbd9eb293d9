import { describe, expect, it } from "vitest";
import { incompleteBeta, logGamma, studentTCdf, studentTPdf, studentTQuantile } from "./studentT.js";

// Reference values: scipy 1.17.1 (scipy.stats.t.cdf / .ppf), every digit printed by
// test/reference/distributions.py. Rows are [t, df, P(T ≤ t)] and [p, df, t].
const T_CDF = [
  [-1000000.0, 1.0, 3.1830988618368455e-07],
  [-100.0, 1.0, 0.003182992764908255],
  [-20.0, 1.0, 0.015902251256176374],
  [-5.0, 1.0, 0.0628329581890012],
  [-2.0, 1.0, 0.14758361765043326],
  [-0.5, 1.0, 0.35241638234956674],
  [0.0, 1.0, 0.5],
  [0.7, 1.0, 0.6944001122142147],
  [1.5, 1.0, 0.8128329581890011],
  [3.0, 1.0, 0.8975836176504333],
  [8.0, 1.0, 0.9604165758394344],
  [-1000000.0, 2.0, 4.999999999992501e-13],
  [-100.0, 2.0, 4.999250124978129e-05],
  [-20.0, 2.0, 0.0012453319461835485],
  [-5.0, 2.0, 0.018874775675311862],
  [-2.0, 2.0, 0.09175170953613698],
  [-0.5, 2.0, 0.33333333333333337],
  [0.0, 2.0, 0.5],
  [0.7, 2.0, 0.7218034876835673],
  [1.5, 2.0, 0.8638034375544994],
  [3.0, 2.0, 0.9522670168666454],
  [8.0, 2.0, 0.9923659639173309],
  [-1000000.0, 3.0, 1.1026577908396144e-18],
  [-100.0, 3.0, 1.1022609615924553e-06],
  [-20.0, 3.0, 0.0001366016251236558],
  [-5.0, 3.0, 0.007696219036651147],
  [-2.0, 3.0, 0.06966298427942152],
  [-0.5, 3.0, 0.3257239824240755],
  [0.0, 3.0, 0.5],
  [0.7, 3.0, 0.7328365008476182],
  [1.5, 3.0, 0.8847080673775886],
  [3.0, 3.0, 0.9711655571887814],
  [8.0, 3.0, 0.9979617112061072],
  [-1000000.0, 5.0, 9.490167245460681e-30],
  [-100.0, 5.0, 9.48000711231182e-10],
  [-20.0, 5.0, 2.887758186612087e-06],
  [-5.0, 5.0, 0.0020523579900266617],
  [-2.0, 5.0, 0.050969739414929174],
  [-0.5, 5.0, 0.31914943582046457],
  [0.0, 5.0, 0.5],
  [0.7, 5.0, 0.7424255258425918],
  [1.5, 5.0, 0.9030481598787634],
  [3.0, 5.0, 0.9849503760512687],
  [8.0, 5.0, 0.9997535466697138],
  [-1000000.0, 10.0, 1.230468749943603e-56],
  [-100.0, 10.0, 1.224844777709915e-16],
  [-20.0, 10.0, 1.0730311586021261e-09],
  [-5.0, 10.0, 0.00026866680137822634],
  [-2.0, 10.0, 0.03669401738537018],
  [-0.5, 10.0, 0.3139468028714865],
  [0.0, 10.0, 0.5],
  [0.7, 10.0, 0.7500562149135578],
  [1.5, 10.0, 0.9177463367772799],
  [3.0, 10.0, 0.9933281724887152],
  [8.0, 10.0, 0.9999941125286052],
  [-1000000.0, 30.0, 1.0364534648043789e-159],
  [-100.0, 30.0, 9.923058983635155e-40],
  [-20.0, 30.0, 3.3745418328856447e-19],
  [-5.0, 30.0, 1.16483427335039e-05],
  [-2.0, 30.0, 0.027312522481491547],
  [-0.5, 30.0, 0.3103615024425636],
  [0.0, 30.0, 0.5],
  [0.7, 30.0, 0.7553397782501642],
  [1.5, 30.0, 0.927967035435677],
  [3.0, 30.0, 0.9973050179671741],
  [8.0, 30.0, 0.9999999968670887],
  [-1000000.0, 100.0, 0.0],
  [-100.0, 100.0, 2.4314972222697425e-102],
  [-20.0, 100.0, 4.9971339306685015e-37],
  [-5.0, 100.0, 1.225086706751901e-06],
  [-2.0, 100.0, 0.024106089365566824],
  [-0.5, 100.0, 0.3090867829154433],
  [0.0, 100.0, 0.5],
  [0.7, 100.0, 0.7572236967728134],
  [1.5, 100.0, 0.9316174709376556],
  [3.0, 100.0, 0.9982960423283352],
  [8.0, 100.0, 0.9999999999988636],
  [-1000000.0, 10000.0, 0.0],
  [-100.0, 10000.0, 0.0],
  [-20.0, 10000.0, 1.3823262932703351e-87],
  [-5.0, 10000.0, 2.9151633068313295e-07],
  [-2.0, 10000.0, 0.022763630330717714],
  [-0.5, 10000.0, 0.30854303966161684],
  [0.0, 10000.0, 0.5],
  [0.7, 10000.0, 0.7580282059099417],
  [1.5, 10000.0, 0.9331770140881902],
  [3.0, 10000.0, 0.9986467759050012],
  [8.0, 10000.0, 0.9999999999999993],
  [-1000000.0, 1000000.0, 0.0],
  [-100.0, 1000000.0, 0.0],
  [-20.0, 1000000.0, 2.866543523695134e-89],
  [-5.0, 1000000.0, 2.8669989354453723e-07],
  [-2.0, 1000000.0, 0.02275026692565962],
  [-0.5, 1000000.0, 0.3085375937361857],
  [0.0, 1000000.0, 0.5],
  [0.7, 1000000.0, 0.7580362663567293],
  [1.5, 1000000.0, 0.9331926408816036],
  [3.0, 1000000.0, 0.9986500687292891],
  [8.0, 1000000.0, 0.9999999999999993],
] as const;

const T_QUANTILE = [
  [1e-10, 1.0, -3183098861.8379064],
  [0.0001, 1.0, -3183.0987571181513],
  [0.005, 1.0, -63.65674116287158],
  [0.025, 1.0, -12.706204736174705],
  [0.05, 1.0, -6.313751514675044],
  [0.1, 1.0, -3.0776835371752536],
  [0.25, 1.0, -1.0000000000000002],
  [0.6, 1.0, 0.32491969623290634],
  [0.8, 1.0, 1.3763819204711738],
  [0.9, 1.0, 3.0776835371752544],
  [0.95, 1.0, 6.313751514675037],
  [0.975, 1.0, 12.706204736174694],
  [0.99, 1.0, 31.820515953773935],
  [0.995, 1.0, 63.656741162871526],
  [0.9995, 1.0, 636.6192487687897],
  [1e-10, 2.0, -70710.67810804816],
  [0.0001, 2.0, -70.70007107496428],
  [0.005, 2.0, -9.924843200918293],
  [0.025, 2.0, -4.302652729749464],
  [0.05, 2.0, -2.9199855803537256],
  [0.1, 2.0, -1.8856180831641267],
  [0.25, 2.0, -0.8164965809277261],
  [0.6, 2.0, 0.2886751345948128],
  [0.8, 2.0, 1.0606601717798214],
  [0.9, 2.0, 1.8856180831641272],
  [0.95, 2.0, 2.9199855803537242],
  [0.975, 2.0, 4.302652729749462],
  [0.99, 2.0, 6.9645567342832715],
  [0.995, 2.0, 9.924843200918287],
  [0.9995, 2.0, 31.599054576445365],
  [1e-10, 3.0, -2225.769284683093],
  [0.0001, 3.0, -22.203742273204178],
  [0.005, 3.0, -5.840909309733357],
  [0.025, 3.0, -3.1824463052837086],
  [0.05, 3.0, -2.353363434801824],
  [0.1, 3.0, -1.6377443536962089],
  [0.25, 3.0, -0.7648923284043444],
  [0.6, 3.0, 0.2766706623326898],
  [0.8, 3.0, 0.9784723123633042],
  [0.9, 3.0, 1.637744353696209],
  [0.95, 3.0, 2.3533634348018233],
  [0.975, 3.0, 3.1824463052837078],
  [0.99, 3.0, 4.540702858568132],
  [0.995, 3.0, 5.840909309733355],
  [0.9995, 3.0, 12.923978636687961],
  [1e-10, 5.0, -156.82559270889433],
  [0.0001, 5.0, -9.677566300882592],
  [0.005, 5.0, -4.032142983555229],
  [0.025, 5.0, -2.5705818356363155],
  [0.05, 5.0, -2.015048373333024],
  [0.1, 5.0, -1.4758840488244813],
  [0.25, 5.0, -0.7266868438004226],
  [0.6, 5.0, 0.2671808657041451],
  [0.8, 5.0, 0.9195437802408271],
  [0.9, 5.0, 1.4758840488244815],
  [0.95, 5.0, 2.0150483733330233],
  [0.975, 5.0, 2.5705818356363146],
  [0.99, 5.0, 3.3649299989072174],
  [0.995, 5.0, 4.032142983555228],
  [0.9995, 5.0, 6.868826625881276],
  [1e-10, 10.0, -25.466008021697725],
  [0.0001, 10.0, -5.693820101457513],
  [0.005, 10.0, -3.1692726726169504],
  [0.025, 10.0, -2.2281388519862753],
  [0.05, 10.0, -1.812461122811676],
  [0.1, 10.0, -1.3721836411103359],
  [0.25, 10.0, -0.6998120613124317],
  [0.6, 10.0, 0.2601848294920803],
  [0.8, 10.0, 0.8790578285505889],
  [0.9, 10.0, 1.372183641110336],
  [0.95, 10.0, 1.8124611228116756],
  [0.975, 10.0, 2.228138851986274],
  [0.99, 10.0, 2.7637694581126957],
  [0.995, 10.0, 3.16927267261695],
  [0.9995, 10.0, 4.586893858702708],
  [1e-10, 30.0, -9.377489780407144],
  [0.0001, 30.0, -4.233985957272021],
  [0.005, 30.0, -2.749995653567226],
  [0.025, 30.0, -2.042272456301238],
  [0.05, 30.0, -1.6972608865939574],
  [0.1, 30.0, -1.3104150253913955],
  [0.25, 30.0, -0.6827556933212927],
  [0.6, 30.0, 0.2556053649519128],
  [0.8, 30.0, 0.8537672614712979],
  [0.9, 30.0, 1.3104150253913955],
  [0.95, 30.0, 1.697260886593957],
  [0.975, 30.0, 2.0422724563012378],
  [0.99, 30.0, 2.457261542400591],
  [0.995, 30.0, 2.7499956535672254],
  [0.9995, 30.0, 3.6459586350420627],
  [1e-10, 100.0, -7.083375481400722],
  [0.0001, 100.0, -3.8615997909500597],
  [0.005, 100.0, -2.6258905214380173],
  [0.025, 100.0, -1.983971518523552],
  [0.05, 100.0, -1.6602343260853396],
  [0.1, 100.0, -1.290074761346516],
  [0.25, 100.0, -0.6769510430114717],
  [0.6, 100.0, 0.25402218245822766],
  [0.8, 100.0, 0.8452304244910163],
  [0.9, 100.0, 1.290074761346516],
  [0.95, 100.0, 1.6602343260853392],
  [0.975, 100.0, 1.9839715185235518],
  [0.99, 100.0, 2.3642173662384813],
  [0.995, 100.0, 2.6258905214380173],
  [0.9995, 100.0, 3.390491311164263],
  [1e-10, 10000.0, -6.367941351482803],
  [0.0001, 10000.0, -3.72039586911764],
  [0.005, 10000.0, -2.5763210466685287],
  [0.025, 10000.0, -1.9602012398906263],
  [0.05, 10000.0, -1.6450060180692432],
  [0.1, 10000.0, -1.2816362297304775],
  [0.25, 10000.0, -0.6745142844835927],
  [0.6, 10000.0, 0.253353843445727],
  [0.8, 10000.0, 0.8416571791416534],
  [0.9, 10000.0, 1.2816362297304775],
  [0.95, 10000.0, 1.645006018069243],
  [0.975, 10000.0, 1.960201239890626],
  [0.99, 10000.0, 2.3267208386694755],
  [0.995, 10000.0, 2.5763210466685282],
  [0.9995, 10000.0, 3.2914999659416355],
  [1e-10, 1000000.0, -6.361406848876743],
  [0.0001, 1000000.0, -3.7190302747625434],
  [0.005, 1000000.0, -2.5758342201053344],
  [0.025, 1000000.0, -1.9599663568141072],
  [0.05, 1000000.0, -1.6448551507220406],
  [0.1, 1000000.0, -1.2815524121299389],
  [0.25, 1000000.0, -0.6744899955310875],
  [0.6, 1000000.0, 0.25334717053784184],
  [0.8, 1000000.0, 0.8416215930139844],
  [0.9, 1000000.0, 1.281552412129939],
  [0.95, 1000000.0, 1.6448551507220404],
  [0.975, 1000000.0, 1.959966356814107],
  [0.99, 1000000.0, 2.326351603120805],
  [0.995, 1000000.0, 2.5758342201053344],
  [0.9995, 1000000.0, 3.2905364612487222],
] as const;

/** Relative error, with exact agreement (including 0 = 0) counting as 0. */
function relativeError(actual: number, expected: number): number {
  return actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
}

describe("studentTCdf", () => {
  it.each(T_CDF)("P(T ≤ %d) with df = %d matches scipy to 1e-13 relative", (t, df, expected) => {
    expect(relativeError(studentTCdf(t, df), expected)).toBeLessThan(1e-13);
  });

  it("is 1/2 at 0 and symmetric", () => {
    expect(studentTCdf(0, 7)).toBe(0.5);
    expect(studentTCdf(-1.3, 7)).toBeCloseTo(1 - studentTCdf(1.3, 7), 15);
  });

  it("is Cauchy for df = 1: P(T ≤ t) = 1/2 + atan(t)/π", () => {
    // Near 0 scipy 1.17.1 is off here (t.cdf(1e-8, 1) = 0.500000004743187, mpmath and the
    // closed form give 0.5000000031830989), so these points use the closed form only.
    for (const t of [-50, -2, -0.3, -1e-8, 1e-8, 0.9, 4]) {
      expect(relativeError(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI)).toBeLessThan(1e-14);
    }
    // Far tail: for t < 0 the same closed form reads atan(−1/t)/π, free of cancellation.
    for (const t of [-1e300, -1e100, -1e8]) {
      expect(relativeError(studentTCdf(t, 1), Math.atan(-1 / t) / Math.PI)).toBeLessThan(1e-14);
    }
  });

  it("has the closed form for df = 2: P(T ≤ t) = 1/2 + t / (2√(t² + 2))", () => {
    for (const t of [-3, -0.4, 0.25, 1.7]) {
      expect(relativeError(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(t * t + 2)))).toBeLessThan(1e-14);
    }
  });

  it("keeps a power-law tail where t² overflows, for a fractional df (Welch's)", () => {
    // For |t| beyond 1e154 the density is C·ν^((ν+1)/2)·|t|^(−ν−1) to well past double precision,
    // so P(T ≤ t) = C·ν^((ν−1)/2)·|t|^(−ν), C = Γ((ν+1)/2) / (√(νπ)·Γ(ν/2)); mpmath (50 digits):
    expect(relativeError(studentTCdf(-1e200, 1.5), 3.770852432016246e-301)).toBeLessThan(1e-13);
    expect(relativeError(studentTCdf(-1e160, 1.5), 3.770852432016246e-241)).toBeLessThan(1e-13);
    expect(relativeError(studentTCdf(-1e300, 0.5), 3.207009754142229e-151)).toBeLessThan(1e-13);
  });

  it("holds ln B's Stirling terms where df/2 is just past 10: mpmath (50 digits) to 1e-14", () => {
    // I_x(df/2, ½)/2 with x = df/(df + t²), from mpmath.betainc, rounded to the nearest double.
    for (const [t, df, exact] of [
      [-3, 20, 0.003537949395605548],
      [-30, 20, 2.097612661999829e-18],
      [-2, 21, 0.029300006024355216],
      [-10, 24, 2.457762763837653e-10],
      [-50, 20, 8.766690224621145e-23],
      [-5, 30, 1.1648342733503898e-5],
    ] as const) {
      expect(relativeError(studentTCdf(t, df), exact), `t = ${t}, df = ${df}`).toBeLessThan(1e-14);
    }
  });

  it("keeps 13 digits in the lower tail for a large df, where the continued fraction alone loses two: mpmath (40 digits)", () => {
    // I_x(df/2, ½)/2 with x = df/(df + t²), mpmath.betainc, rounded to the nearest double. Below
    // the mode the large-a series (DiDonato & Morris's BGRAT) is used; the continued fraction
    // alone is off by up to 3.7e-11 here (t = −3, df = 1e6).
    for (const [t, df, exact] of [
      [-2, 20_000, 0.02275688097924997],
      [-3, 100_000, 0.0013502304420323595],
      [-2, 100_000, 0.022751481728753232],
      [-3, 1_000_000, 0.0013499312707108985],
      [-4, 1_000_000, 0.00003167351700502405],
      [-10, 1_000_000, 7.639305384089125e-24],
    ] as const) {
      expect(relativeError(studentTCdf(t, df), exact), `t = ${t}, df = ${df}`).toBeLessThan(1e-13);
    }
  });

  it("reaches 0 and 1 at the infinities", () => {
    expect(studentTCdf(Number.NEGATIVE_INFINITY, 5)).toBe(0);
    expect(studentTCdf(Number.POSITIVE_INFINITY, 5)).toBe(1);
  });
});

describe("studentTQuantile", () => {
  it.each(T_QUANTILE)("the %d quantile with df = %d matches scipy.stats.t.ppf to 1e-13 relative", (p, df, expected) => {
    expect(relativeError(studentTQuantile(p, df), expected)).toBeLessThan(1e-13);
  });

  it("gives the textbook two-sided 95 % critical values (t.ppf(0.975, df))", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 12);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 13);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0422724563012378, 13);
  });

  it("is exactly 0 at p = 1/2 and ∓∞ at 0 and 1", () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0, 3)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1, 3)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(Number.NaN, 3)).toBeNaN();
    expect(studentTQuantile(1.5, 3)).toBeNaN();
  });

  // Closed forms, independent of scipy: df = 1 (Cauchy) t = tan(π(p − ½)), df = 2
  // t = (2p − 1) / √(2p(1 − p)). These reach far beyond the table: p = 1e-300 needs t = −3.2e299
  // (the quantile once reflected p < ½ through 1 − p, which kept only 7 digits at p = 1e-10, and
  // its plain Newton steps crept through heavy tails and stopped short of the answer).
  it.each([1e-300, 1e-200, 1e-100, 1e-10, 0.01, 0.3])("matches the Cauchy closed form at p = %d", (p) => {
    const exact = -1 / Math.tan(Math.PI * p); // tan(π(p − ½)) = −cot(πp)
    expect(relativeError(studentTQuantile(p, 1), exact)).toBeLessThan(1e-13);
    // The upper quantile at the double nearest 1 − p; its distance to 1 is exact.
    const upper = 1 - p;
    if (upper < 1) expect(relativeError(studentTQuantile(upper, 1), 1 / Math.tan(Math.PI * (1 - upper)))).toBeLessThan(1e-13);
  });

  it.each([1e-300, 1e-100, 1e-10, 0.025, 0.4])("matches the df = 2 closed form at p = %d", (p) => {
    const exact = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
    expect(relativeError(studentTQuantile(p, 2), exact)).toBeLessThan(1e-13);
  });

  it("inverts its own CDF deep in the tail where scipy 1.17.1's t.ppf does not", () => {
    // scipy: t.ppf(1e-200, 3) = -2.397637878497004e+66, but t.cdf of that is 8.0e-200.
    const t = studentTQuantile(1e-200, 3);
    expect(relativeError(studentTCdf(t, 3), 1e-200)).toBeLessThan(1e-13);
    expect(relativeError(t, -4.795275720469223e66)).toBeLessThan(1e-13); // mpmath, 60 digits
  });

  it("is accurate in absolute terms next to the median (where scipy 1.17.1 is not)", () => {
    // mpmath (60 digits): the 0.5000001 quantile with df = 4 is 2.6666666652630905787e-7;
    // scipy's t.ppf gives 2.6656007498500226e-07. Next to ½ only absolute accuracy is
    // meaningful: p itself carries an absolute rounding of 5.6e-17.
    expect(Math.abs(studentTQuantile(0.5000001, 4) - 2.66666666526309e-7)).toBeLessThan(1e-15);
  });
});

describe("logGamma, incompleteBeta and studentTPdf", () => {
  it("matches scipy.special.gammaln", () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247, 14); // ln √π
    expect(logGamma(10)).toBeCloseTo(12.801827480081469, 13); // ln 9!
    expect(relativeError(logGamma(1e6), 12815504.569147611)).toBeLessThan(1e-15);
  });

  it("logGamma below ½, through the reflection formula: mpmath.loggamma (40 digits, rounded to the nearest double)", () => {
    for (const [x, exact] of [[0.25, 1.2880225246980774], [0.1, 2.252712651734206], [0.001, 6.907178885383853], [0.4999, 0.5725613186041184]] as const) {
      expect(relativeError(logGamma(x), exact)).toBeLessThan(1e-14);
    }
  });

  it("incompleteBeta with both parameters of 10 or more (ln B from Stirling's series for both): mpmath.betainc (40 digits, rounded to the nearest double)", () => {
    for (const [x, a, b, exact] of [
      [0.4, 20, 30, 0.507700199657648],
      [0.6, 15, 12, 0.6736792865630697],
      [0.8, 50, 10.5, 0.27605450219972594],
      [0.3, 100, 200, 0.10884306564490975],
    ] as const) {
      expect(relativeError(incompleteBeta(x, a, b), exact)).toBeLessThan(1e-13);
    }
    // By symmetry I_½(a, a) = ½ exactly. The continued fraction keeps about 6e-12 of it here; ln B
    // taken from three ln Γ of up to 1e7 (instead of Stirling's series for both) loses more than 1e-10.
    for (const a of [1e4, 1e5, 1e6]) expect(relativeError(incompleteBeta(0.5, a, a), 0.5), `a = ${a}`).toBeLessThan(1e-10);
  });

  it("takes ln(1 − x) from x itself for a small x and a large b: mpmath.betainc (40 digits, rounded to the nearest double)", () => {
    // 1 − x rounds away about 1e-16 of x's digits; b·ln(1 − x) multiplies that by b (here 1e6 to
    // 1e7): ln(1 − x) taken from the rounded 1 − x would be off by about 3e-11 of the result.
    for (const [x, a, b, exact] of [
      [1e-6, 2, 1e6, 0.2642414855367098],
      [1e-7, 3, 1e7, 0.08030142466235511],
    ] as const) {
      expect(relativeError(incompleteBeta(x, a, b), exact)).toBeLessThan(1e-14);
    }
  });

  it("matches scipy.special.betainc and its edge values", () => {
    expect(relativeError(incompleteBeta(0.3, 2, 5), 0.579825)).toBeLessThan(1e-13); // exact: 1 − 0.7⁶ − 6·0.3·0.7⁵
    expect(incompleteBeta(0, 2, 5)).toBe(0);
    expect(incompleteBeta(1, 2, 5)).toBe(1);
    expect(incompleteBeta(-0.1, 2, 5)).toBe(0);
    expect(incompleteBeta(1.1, 2, 5)).toBe(1);
    // A tiny x: I_x(2, 5) = 15x² − 40x³ + … (B(2, 5) = 1/30), here 1.5e-39 to 1e-19 relative. ln x
    // must come from x itself: from 1 − (1 − x) it would be −∞.
    expect(relativeError(incompleteBeta(1e-20, 2, 5), 1.5e-39)).toBeLessThan(1e-14);
    // Large parameters near the mode: scipy.special.betainc(5e5, 0.5, 0.999996). The general
    // function keeps the continued fraction's ~5e-11 here (studentTCdf switches to BGRAT instead);
    // before ln B was taken from Stirling's series the ln Γ cancellation made it 4e-10.
    expect(relativeError(incompleteBeta(0.999996, 5e5, 0.5), 0.04550010192315519)).toBeLessThan(1e-10);
  });

  it("has the Cauchy density for df = 1 (scipy.stats.t.pdf(1.5, 1) = 0.09794150344116635)", () => {
    expect(relativeError(studentTPdf(1.5, 1), 1 / (Math.PI * (1 + 2.25)))).toBeLessThan(1e-14);
  });
});
