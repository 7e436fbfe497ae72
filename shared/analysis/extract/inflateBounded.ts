// Inflation that stops where the ZIP directory said it would: an entry may not produce more bytes than it
// declares, nor all entries together more than the document's budget, however the stream was crafted.
import { Inflate } from "fflate";
import { AnalysisError } from "../errors.ts";

/** What is left of one document's inflation budget, shared by all its entries. */
export interface InflationBudget {
  left: number;
}

/** Input is fed in small steps so that no single step can expand to more than a few megabytes. */
const STEP = 4096;

export function inflateBounded(
  payload: Uint8Array,
  declaredSize: number,
  budget: InflationBudget,
  name: string,
): Uint8Array {
  const out = new Uint8Array(declaredSize);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > declaredSize)
      throw new AnalysisError(
        "corrupt",
        `ZIP entry ${name} inflates past its declared ${declaredSize} bytes`,
      );
    if (chunk.length > budget.left)
      throw new AnalysisError("too_large", "The document inflates past the limit for uncompressed bytes");
    out.set(chunk, written);
    written += chunk.length;
    budget.left -= chunk.length;
  });
  try {
    for (let at = 0; at < payload.length; at += STEP) {
      inflater.push(payload.subarray(at, at + STEP), at + STEP >= payload.length);
    }
  } catch (cause) {
    if (cause instanceof AnalysisError) throw cause;
    throw new AnalysisError("corrupt", `ZIP entry ${name} cannot be inflated`, { cause });
  }
  if (written !== declaredSize)
    throw new AnalysisError(
      "corrupt",
      `ZIP entry ${name} declares ${declaredSize} bytes and holds ${written}`,
    );
  return out;
}
