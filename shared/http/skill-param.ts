// A skill named by a caller (query or body), turned into the taxonomy's canonical name when it knows it.
import { z } from "zod";
import { findSkill } from "../taxonomy/index.ts";

export const canonicalSkill = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .transform((s) => findSkill(s)?.name ?? s);
