import { defineConfig } from "vite";

// Served by the gateway under /cockpit/ with a CSP of script-src 'self': every script must be a
// file of its own, so nothing is inlined and no module-preload polyfill is injected.
export default defineConfig({
  base: "/cockpit/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      output: {
        // ECharts changes less often than the page: its own file stays cached across releases.
        manualChunks: (id) => (id.includes("node_modules/echarts") || id.includes("node_modules/zrender") ? "echarts" : undefined),
      },
    },
  },
  // `npm run dev`: the page on 5173, its API calls passed to a running gateway (the local default).
  server: { port: 5173, strictPort: true, proxy: { "/api/v1": "http://127.0.0.1:8080" } },
});
