// A compile-time check that a zod schema's type and a domain type are the same in both directions.
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
