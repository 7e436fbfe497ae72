// The schema checks the emulator relies on, case by case, on schemas taken from Qdrant's document.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OpenApiValidator, type Schema } from "./_openapi-validator.ts";

const subset = JSON.parse(readFileSync(new URL("./qdrant-openapi.subset.json", import.meta.url), "utf8")) as {
  components: { schemas: Record<string, Schema> };
};
const validator = new OpenApiValidator(subset.components.schemas);
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

describe("OpenApiValidator on Qdrant's schemas", () => {
  const cases: [string, Schema, unknown, string[]][] = [
    ["an integer point id", ref("ExtendedPointId"), 7, []],
    ["a UUID point id", ref("ExtendedPointId"), "8f6a2c1e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", []],
    [
      "a negative point id",
      ref("ExtendedPointId"),
      -1,
      ["$: matches none of 2 alternatives; the closest fails with $: -1 is below 0; $: -1 is not a uint64"],
    ],
    ["a keyword index with is_tenant", ref("PayloadFieldSchema"), { type: "keyword", is_tenant: true }, []],
    ["a float index by name", ref("PayloadFieldSchema"), "float", []],
    [
      "null for an optional (nullable-only branch)",
      ref("CreateFieldIndex"),
      { field_name: "a", field_schema: null },
      [],
    ],
    ["a Filter with must as one condition", ref("Filter"), { must: { has_id: [1] } }, []],
    ["a Filter with an unknown key", ref("Filter"), { must: [], nope: 1 }, ['$: unknown property "nope"']],
    [
      "a CountResult with a float count",
      ref("CountResult"),
      { count: 1.5 },
      ["$.count: number where integer is expected"],
    ],
    ["a CountResult without count", ref("CountResult"), {}, ['$: missing required property "count"']],
    [
      "a status outside the enum",
      ref("UpdateStatus"),
      "done",
      ['$: "done" is not one of ["acknowledged","completed","wait_timeout"]'],
    ],
    ["optimizer status ok (oneOf)", ref("OptimizersStatus"), "ok", []],
    ["optimizer status error (oneOf)", ref("OptimizersStatus"), { error: "disk full" }, []],
    [
      "has_id with repeated ids",
      ref("HasIdCondition"),
      { has_id: [1, 1] },
      ["$.has_id: items are not unique"],
    ],
    [
      "null where a string is required",
      ref("VersionInfo"),
      { title: null, version: "1" },
      ["$.title: null where string is expected"],
    ],
  ];
  for (const [name, schema, value, errors] of cases)
    it(name, () => {
      expect(validator.validate(schema, value)).toEqual(errors);
    });

  it("a { nullable: true } schema alone stands for null", () => {
    expect(validator.validate({ nullable: true }, null)).toEqual([]);
    expect(validator.validate({ nullable: true }, 0)).toEqual(["$: expected null"]);
  });

  it("throws on a keyword it does not implement rather than passing the value", () => {
    expect(() => validator.validate({ type: "string", pattern: "^a" }, "b")).toThrow(
      'does not implement the keyword "pattern"',
    );
    expect(() => validator.validate(ref("NoSuchSchema"), 1)).toThrow(
      "the subset has no schema #/components/schemas/NoSuchSchema",
    );
  });
});
