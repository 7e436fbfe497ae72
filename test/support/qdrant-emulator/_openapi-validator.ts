// Checks JSON values against OpenAPI 3.0 schemas: exactly the keywords Qdrant's published document uses.
// An unknown keyword throws, so a refreshed subset that needs more fails loudly instead of passing everything.

export type Schema = { readonly [keyword: string]: unknown };

/** Keywords that describe and never constrain. */
const annotations = new Set([
  "description",
  "default",
  "example",
  "deprecated",
  "title",
  "readOnly",
  "writeOnly",
]);
const assertions = new Set([
  "$ref",
  "type",
  "nullable",
  "format",
  "enum",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "items",
  "properties",
  "required",
  "additionalProperties",
  "anyOf",
  "oneOf",
  "allOf",
]);

const uuid = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const unsignedLimits: Record<string, number> = {
  uint8: 0xff,
  uint32: 0xffff_ffff,
  uint: Number.MAX_SAFE_INTEGER,
  uint64: Number.MAX_SAFE_INTEGER,
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export class OpenApiValidator {
  constructor(private readonly schemas: Record<string, Schema>) {}

  /** The problems found, each as "<json path>: <what is wrong>"; empty when the value conforms. */
  validate(schema: Schema, value: unknown, at = "$"): string[] {
    const errors: string[] = [];
    this.check(schema, value, at, errors);
    return errors;
  }

  resolve(schema: Schema): Schema {
    const ref = schema.$ref;
    if (typeof ref !== "string") return schema;
    const name = ref.replace("#/components/schemas/", "");
    const target = this.schemas[name];
    if (!target) throw new Error(`the subset has no schema ${ref}`);
    return this.resolve(target);
  }

  private check(raw: Schema, value: unknown, at: string, errors: string[]): void {
    for (const keyword of Object.keys(raw))
      if (!annotations.has(keyword) && !assertions.has(keyword))
        throw new Error(`the validator does not implement the keyword "${keyword}" (schema at ${at})`);
    // OpenAPI 3.0: keywords beside $ref are ignored
    const schema = this.resolve(raw);
    if (schema !== raw) {
      this.check(schema, value, at, errors);
      return;
    }
    const constraining = Object.keys(schema).filter((k) => !annotations.has(k));
    if (value === null) {
      if (schema.nullable === true) return;
      if (schema.type !== undefined) {
        errors.push(`${at}: null where ${String(schema.type)} is expected`);
        return;
      }
    } else if (schema.nullable === true && constraining.length === 1) {
      // schemars writes Option<T> as anyOf [T, { nullable: true }]: that branch stands for null alone
      errors.push(`${at}: expected null`);
      return;
    }
    if (typeof schema.type === "string" && !this.hasType(schema.type, value)) {
      errors.push(`${at}: ${typeOf(value)} where ${schema.type} is expected`);
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value))
      errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
    if (typeof value === "number") this.checkNumber(schema, value, at, errors);
    if (typeof value === "string") this.checkString(schema, value, at, errors);
    if (Array.isArray(value)) this.checkArray(schema, value, at, errors);
    if (isObject(value)) this.checkObject(schema, value, at, errors);
    if (Array.isArray(schema.allOf))
      for (const part of schema.allOf as Schema[]) this.check(part, value, at, errors);
    if (Array.isArray(schema.anyOf)) {
      const failures = (schema.anyOf as Schema[]).map((branch) => this.validate(branch, value, at));
      if (!failures.some((f) => f.length === 0)) {
        // the alternative that got furthest into the value is the one the sender most likely meant
        // (a branch whose type fits counts as a little further than one that failed on the type)
        const depth = (f: string[]) =>
          Math.max(...f.map((e) => e.split(":")[0].length + (/ where \w+ is expected$/.test(e) ? 0 : 0.5)));
        const closest = failures.reduce((a, b) =>
          depth(b) > depth(a) || (depth(b) === depth(a) && b.length < a.length) ? b : a,
        );
        errors.push(
          `${at}: matches none of ${failures.length} alternatives; the closest fails with ${closest.slice(0, 3).join("; ")}`,
        );
      }
    }
    if (Array.isArray(schema.oneOf)) {
      const passing = (schema.oneOf as Schema[]).filter(
        (branch) => this.validate(branch, value, at).length === 0,
      ).length;
      if (passing !== 1)
        errors.push(`${at}: matches ${passing} of the oneOf alternatives, expected exactly 1`);
    }
  }

  private hasType(type: string, value: unknown): boolean {
    switch (type) {
      case "integer":
        return Number.isInteger(value);
      case "number":
        return typeof value === "number" && Number.isFinite(value);
      case "string":
      case "boolean":
        return typeof value === type;
      case "array":
        return Array.isArray(value);
      case "object":
        return isObject(value);
      default:
        throw new Error(`the validator does not know the type "${type}"`);
    }
  }

  private checkNumber(schema: Schema, value: number, at: string, errors: string[]): void {
    if (typeof schema.minimum === "number" && value < schema.minimum)
      errors.push(`${at}: ${value} is below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum)
      errors.push(`${at}: ${value} is above ${schema.maximum}`);
    const format = schema.format;
    if (typeof format === "string" && format in unsignedLimits) {
      if (!Number.isInteger(value) || value < 0 || value > unsignedLimits[format])
        errors.push(`${at}: ${value} is not a ${format}`);
    } else if (format === "int64" && !Number.isSafeInteger(value))
      errors.push(`${at}: ${value} is not an int64`);
    else if (format === "float" && Math.abs(value) > 3.4028234663852886e38)
      errors.push(`${at}: ${value} overflows a float`);
  }

  private checkString(schema: Schema, value: string, at: string, errors: string[]): void {
    if (typeof schema.minLength === "number" && value.length < schema.minLength)
      errors.push(`${at}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength)
      errors.push(`${at}: longer than ${schema.maxLength}`);
    if (schema.format === "uuid" && !uuid.test(value))
      errors.push(`${at}: ${JSON.stringify(value)} is not a UUID`);
    if (schema.format === "date-time" && Number.isNaN(Date.parse(value)))
      errors.push(`${at}: ${JSON.stringify(value)} is not a date-time`);
  }

  private checkArray(schema: Schema, value: unknown[], at: string, errors: string[]): void {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      errors.push(`${at}: more than ${schema.maxItems} items`);
    if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      errors.push(`${at}: items are not unique`);
    if (isObject(schema.items))
      for (const [i, item] of value.entries())
        this.check(schema.items as Schema, item, `${at}[${i}]`, errors);
  }

  private checkObject(schema: Schema, value: Record<string, unknown>, at: string, errors: string[]): void {
    const properties = (isObject(schema.properties) ? schema.properties : {}) as Record<string, Schema>;
    if (Array.isArray(schema.required))
      for (const name of schema.required as string[])
        if (!(name in value)) errors.push(`${at}: missing required property "${name}"`);
    for (const [name, item] of Object.entries(value)) {
      if (name in properties) this.check(properties[name], item, `${at}.${name}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${at}: unknown property "${name}"`);
      else if (isObject(schema.additionalProperties))
        this.check(schema.additionalProperties as Schema, item, `${at}.${name}`, errors);
    }
  }
}
