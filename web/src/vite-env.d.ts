// Types of what Vite hands the UI beyond TypeScript: CSS imports, import.meta.env.
/// <reference types="vite/client" />
