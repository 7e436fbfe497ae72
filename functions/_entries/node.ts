// The Node entry (`npm start`; dist/node.mjs in the compiled build). Loading the service's modules takes about a
// second, and so does opening an existing embedded database: in the compiled build the database's thread is
// started first, so that the two overlap (an existing folder to health: 1.9 s against 2.5 s, bench/README.md),
// and then the service (node-main.ts; node-main.mjs beside the compiled entry) runs. Under tsx the thread's own
// loader start competed with the main thread's (4.9 s against 4.0 s), so there it opens when the service asks.
import { prestartEmbedded } from "../../shared/clients/embedded-prestart.node.ts";

const compiled = !import.meta.url.endsWith(".ts");
if (compiled) prestartEmbedded(process.env);
await import(new URL(compiled ? "./node-main.mjs" : "./node-main.ts", import.meta.url).href);
