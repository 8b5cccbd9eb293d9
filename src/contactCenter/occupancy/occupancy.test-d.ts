import { describe, expectTypeOf, it } from "vitest";
import { occupancy, type OccupancyTime } from "./occupancy.js";

describe("occupancy types", () => {
  it("takes one object or an iterable of them and returns a nullable percentage", () => {
    expectTypeOf(occupancy({ handleMs: 1, availableMs: 2 })).toEqualTypeOf<{ readonly value: number | null }>();
    expectTypeOf(occupancy([{ handleMs: 1, availableMs: 2 }]).value).toEqualTypeOf<number | null>();
    expectTypeOf(occupancy(new Set<OccupancyTime>()).value).toEqualTypeOf<number | null>();
    // @ts-expect-error: availableMs is required
    occupancy({ handleMs: 1 });
    // @ts-expect-error: not a bare number
    occupancy(3_600_000);
  });
});
