// User-facing strings of the command line, in one place.
export const MESSAGES = {
  programDescription: "Turns connectivity needs into a cited Azure ExpressRoute design.",
  planDescription: "produce a design document from an answers file (or the interactive questionnaire)",
  helpHint: "Run `expressroute-advisor --help` for usage.",
  answersHint: "See the answers-file reference in the README (`expressroute-advisor schema answers` prints its JSON Schema).",
  outputExists: (file: string) => `${file} already exists; pass --force to replace it`,
  noAnswersNoTerminal:
    "no --answers given and no terminal to ask on; pass --answers FILE (or - for stdin), or run it in a terminal for the questionnaire",
  askNeedsTerminal: "--ask needs a terminal to ask on (stdin and stderr), without --no-input or CI=true",
  missingAnswers: (keys: string[]) =>
    `required answer${keys.length > 1 ? "s" : ""} missing: ${keys.join(", ")} (answers are prompted for only on a terminal without --no-input)`,
  tooLarge: (limit: number) => `the file is larger than ${limit / 1024} KiB; answers files are small`,
  emptyFile: "the file is empty: expected apiVersion: expressroute-advisor/v1, kind: Answers, bandwidth and azure",
  interrupted: "interrupted; nothing was written",
  interruptedAfter: (files: readonly string[]) => `interrupted; only ${files.join(", ")} had been written, completely`,
  internal: "internal error: this is a bug in expressroute-advisor. Please report it with the command you ran:",
  errorFindings: (n: number) => `design written with ${n} error finding${n > 1 ? "s" : ""}: a requirement cannot be met as stated`,
  wrote: (file: string) => `wrote ${file}`,
  valid: (file: string) => `${file}: valid answers`,
} as const;

/** The coloured design summary shown on stderr after an interactive run (format/terminal-summary.ts). */
export const SUMMARY_MESSAGES = {
  title: (name: string | null) => (name ? `Design for ${name}` : "Design"),
  connection: "Connection",
  resiliency: "Resiliency",
  circuits: "Circuits",
  gateway: "Gateway",
  vpnFailover: "VPN failover",
  globalReach: "Global Reach",
  microsoftPeering: "Microsoft peering",
  encryption: "Encryption",
  on: "yes",
  direct: (portGbps: number | null) => `ExpressRoute Direct${portGbps ? `, ${portGbps} Gbps port pair` : ""}`,
  provider: (model: string) => `connectivity provider, ${model}`,
  resiliencyValue: (level: string, circuits: number) => `${level}, ${circuits} circuit${circuits === 1 ? "" : "s"}`,
  circuit: (role: string, size: string, location: string, metro: string | null, sku: string) =>
    `${role} ${size} at ${location}${metro ? ` (${metro})` : ""}, ${sku}`,
  openLocation: "a peering location still to choose",
  scaleUnits: (n: number) => ` (${n} scale units)`,
  zoning: (zoning: string, zone: number | null) => (zoning === "none" ? "regional (no availability zones)" : zoning === "zonal" ? `zonal, zone ${zone}` : zoning),
  fastPath: "FastPath",
  subnet: (prefix: number) => `GatewaySubnet /${prefix}`,
  findings: (error: number, warning: number, info: number) =>
    `Findings: ${error} error${error === 1 ? "" : "s"}, ${warning} warning${warning === 1 ? "" : "s"}, ${info} info`,
  errorMark: "✖",
  warningMark: "▲",
  infoHint: (n: number) => `  (${n} info finding${n === 1 ? "" : "s"} and every decision's docs link are in the design document)`,
} as const;
