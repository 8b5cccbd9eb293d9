/**
 * The `uniqueCustomers` KPI of summarize: the distinct customers of a group's tickets, and
 * tickets per customer. Exact: the state keeps every customer id it has seen.
 *
 * @module
 */
import { checkArray, fail } from "../../_lib/check.js";
import { compareGroupValues } from "../../records/groupValue.js";
import { addCounts, checkRecords, RESTORE, savedCounts, type KpiDescriptor } from "../_lib/kpi.js";

/** The `uniqueCustomers` KPI. */
export interface UniqueCustomersResult {
  /** Distinct `customerId` values; `null` when no ticket has one. */
  readonly value: number | null;
  /** Tickets with a `customerId`. */
  readonly n: number;
  /** Tickets without a `customerId` (absent, `null` or `""`), apart from `n`. */
  readonly withoutCustomer: number;
  /** `n / value`: tickets per customer; `null` when no ticket has a customer. */
  readonly ticketsPerCustomer: number | null;
}

type Id = string | number;

/** The ids seen, and the tickets with and without one. */
interface CustomerState {
  readonly ids: Set<Id>;
  readonly counts: { tickets: number; withoutCustomer: number };
}

const ID = "a non-empty string or a finite number";
const isId = (v: unknown): v is Id => (typeof v === "string" && v !== "") || (typeof v === "number" && Number.isFinite(v));

/**
 * `uniqueCustomers`: the distinct `customerId` values of the group's tickets (`5` and `"5"` are
 * two customers, as they are two groups of `by: "customerId"`), with `n` the tickets that have
 * one, `withoutCustomer` those that do not, and `ticketsPerCustomer` = n / value. Survey responses
 * are left out. The state holds every id: its size grows with the customers. No options.
 *
 * @see docs/kpis/unique-customers.md
 */
export const uniqueCustomersKpi: KpiDescriptor<object, UniqueCustomersResult> = {
  options: [],
  setup: () => ({
    create: (): CustomerState => ({ ids: new Set(), counts: { tickets: 0, withoutCustomer: 0 } }),
    read: (view): Id | null | undefined => {
      if (view.ticket === null) return undefined;
      const id = view.raw["customerId"];
      if (id === undefined || id === null || id === "") return null;
      return isId(id) ? id : fail(view.kpi, "records.customerId", id, `${ID}, or absent`, view.index, view.id);
    },
    apply: (state: CustomerState, id: Id | null) => {
      if (id === null) state.counts.withoutCustomer++;
      else {
        state.counts.tickets++;
        state.ids.add(id);
      }
      return 0;
    },
    merge: (into: CustomerState, from: CustomerState) => {
      addCounts(into.counts, from.counts);
      for (const id of from.ids) into.ids.add(id);
    },
    // the ids sorted (numbers, then strings), so that equal states save alike
    toJSON: (state: CustomerState) => ({ ...state.counts, customers: [...state.ids].sort(compareGroupValues) }),
    fromJSON: (json, field, within): CustomerState => {
      const counts = savedCounts(json, field, ["tickets", "withoutCustomer"] as const);
      const list = checkArray(RESTORE, `${field}.customers`, (json as Record<string, unknown>)["customers"]);
      for (let i = 0; i < list.length; i++) {
        const id = list[i];
        if (!isId(id)) fail(RESTORE, `${field}.customers`, id, ID, i);
        // saved sorted, each once
        if (i > 0 && compareGroupValues(list[i - 1] as Id, id) >= 0) fail(RESTORE, `${field}.customers`, id, `an id after ${JSON.stringify(list[i - 1])}: the ids sorted, each once`, i);
      }
      const ids = new Set(list as Id[]);
      if (ids.size > counts.tickets) fail(RESTORE, `${field}.tickets`, counts.tickets, `at least the number of customers (${ids.size})`);
      if (counts.tickets > 0 && ids.size === 0) fail(RESTORE, `${field}.customers`, list, `the ids of the ${counts.tickets} tickets' customers (at least one)`);
      // every ticket has a customer or not
      checkRecords(field, counts.tickets + counts.withoutCustomer, within, ["tickets"], "unlessExcluded", "tickets + withoutCustomer");
      return { ids, counts };
    },
    result: ({ ids, counts: { tickets, withoutCustomer } }: CustomerState) => ({
      value: tickets === 0 ? null : ids.size,
      n: tickets,
      withoutCustomer,
      ticketsPerCustomer: tickets === 0 ? null : tickets / ids.size,
    }),
  }),
};
