// Candidate names by CV id, for screens whose answers carry ids only (rankings, search results): null while
// they load, empty when they could not be (the screen then says "Candidate").
import { api } from "../api/client.ts";
import { useLoad } from "./load.ts";

export function useCandidateNames(): Map<string, string> | null {
  const [cvs] = useLoad(() => api.GET("/api/cvs", { params: { query: { limit: 100 } } }), []);
  if (cvs.state === "loading") return null;
  if (cvs.state === "error") return new Map();
  return new Map(cvs.data.items.map((cv) => [cv.id, cv.name ?? cv.filename ?? "Unnamed CV"]));
}
