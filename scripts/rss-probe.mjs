// Loaded with `node --import` by the benchmark: reports the process's peak memory on exit.
process.on("exit", () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
