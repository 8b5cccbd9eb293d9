import { beforeAll, describe, it } from "vitest";

describe("a failing hook", () => {
  beforeAll(() => {
    throw new Error("setup failed");
  });
  it("does not run", () => undefined);
});
