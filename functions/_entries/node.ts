// The Node entry (`npm start`; dist/node.mjs in the compiled build). Loading the service's modules takes about a
// second, and so does opening an existing embedded database: the database's thread is started first, so that the
// two overlap, and then the service (node-main.ts; node-main.mjs beside the compiled entry) runs.
import { prestartEmbedded } from "../../shared/clients/embedded-prestart.node.ts";

prestartEmbedded(process.env);
const main = import.meta.url.endsWith(".ts") ? "./node-main.ts" : "./node-main.mjs";
await import(new URL(main, import.meta.url).href);
