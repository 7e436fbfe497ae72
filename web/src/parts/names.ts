// Candidate names by CV id, for screens whose answers carry ids only (rankings, search results).
import { api } from "../api/client.ts";
import { useLoad } from "./load.ts";

export function useCandidateNames(): Map<string, string> {
  const [cvs] = useLoad(() => api.GET("/api/cvs", { params: { query: { limit: 100 } } }), []);
  if (cvs.state !== "done") return new Map();
  return new Map(cvs.data.items.map((cv) => [cv.id, cv.name ?? cv.filename ?? "Unnamed CV"]));
}
