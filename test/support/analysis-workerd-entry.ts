// A minimal Worker around analyzeDocument, bundled by workerd.test.ts to run the engine inside workerd.
import { AnalysisError } from "../../shared/analysis/errors.ts";
import { analyzeDocument } from "../../shared/analysis/index.ts";

export default {
  async fetch(request: Request): Promise<Response> {
    const bytes = new Uint8Array(await request.arrayBuffer());
    try {
      return Response.json(await analyzeDocument(bytes, { asOf: "2026-11", defaultRegion: "DE" }));
    } catch (error) {
      if (error instanceof AnalysisError) {
        return Response.json({ error: { code: error.code, message: error.message } }, { status: 422 });
      }
      return Response.json({ error: { code: "internal", message: String(error) } }, { status: 500 });
    }
  },
};
