import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Black-box tests spawn the built binary; keep them from starving each other on 2 cores.
    testTimeout: 30_000,
    pool: "forks",
  },
});
