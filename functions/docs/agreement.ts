// Whether an app's real routes and its OpenAPI document agree: every route documented, every documented
// operation routed. Read from the router itself (app.routes), not from a list kept beside it.
import type { Hono } from "hono";

export interface Disagreement {
  /** routes the app answers that the document does not describe, as "METHOD /path/{param}" */
  undocumented: string[];
  /** operations the document describes that no route answers */
  unrouted: string[];
}

const methods = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]);

/** "METHOD /path/{param}" of every route with a handler; middleware (registered for ALL methods) is left out */
export function routedOperations(app: Pick<Hono, "routes">): Set<string> {
  return new Set(
    app.routes
      .filter((route) => methods.has(route.method))
      .map((route) => `${route.method} ${route.path.replace(/:([^/{]+)(\{[^}]*\})?/g, "{$1}")}`),
  );
}

export function documentedOperations(document: { paths?: Record<string, object | undefined> }): Set<string> {
  return new Set(
    Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {})
        .filter((key) => methods.has(key.toUpperCase()))
        .map((method) => `${method.toUpperCase()} ${path}`),
    ),
  );
}

export function compareRoutes(
  app: Pick<Hono, "routes">,
  document: { paths?: Record<string, object | undefined> },
): Disagreement {
  const routed = routedOperations(app);
  const documented = documentedOperations(document);
  return {
    undocumented: [...routed].filter((op) => !documented.has(op)).sort(),
    unrouted: [...documented].filter((op) => !routed.has(op)).sort(),
  };
}
