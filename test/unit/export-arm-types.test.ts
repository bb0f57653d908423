// The ARM resource types (src/export/arm-types.ts) make the compiler refuse what Azure would: a
// misspelt property, a property only the service sets, an enum value the SDK does not know. The
// test compiles a probe file with the project's own compiler and settings and expects an error on
// each bad line, and none on the good ones (CI builds src/ only, so the probe is compiled here).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-cli.js";

const types = join(ROOT, "src/export/arm-types.js");

/** [line of code, whether the compiler must refuse it]. */
const PROBES: [string, boolean][] = [
  [`export const ok1: CircuitResource = { type: "Microsoft.Network/expressRouteCircuits", apiVersion: "x", name: "n", sku: { tier: "Premium", family: "MeteredData" }, properties: { bandwidthInGbps: 10 } };`, false],
  [`export const ok2: GatewayResource = { type: "Microsoft.Network/virtualNetworkGateways", apiVersion: "x", name: "n", properties: { gatewayType: "ExpressRoute", sku: { name: "ErGwScale" }, autoScaleConfiguration: { bounds: { min: "[parameters('su')]" } } } };`, false],
  [`export const ok3: PortResource = { type: "Microsoft.Network/expressRoutePorts", apiVersion: "x", name: "n", properties: { links: [{ name: "link1", properties: { macSecConfig: { cipher: "GcmAesXpn256" } } }] } };`, false],
  // A misspelt property.
  [`export const bad1: CircuitResource = { type: "Microsoft.Network/expressRouteCircuits", apiVersion: "x", name: "n", properties: { bandwidthInGbs: 10 } };`, true],
  // A property only the service sets (readonly in the SDK).
  [`export const bad2: CircuitResource = { type: "Microsoft.Network/expressRouteCircuits", apiVersion: "x", name: "n", properties: { stag: 1 } };`, true],
  // Enum values the SDK does not know.
  [`export const bad3: CircuitResource = { type: "Microsoft.Network/expressRouteCircuits", apiVersion: "x", name: "n", sku: { tier: "Standrd" }, properties: {} };`, true],
  [`export const bad4: GatewayResource = { type: "Microsoft.Network/virtualNetworkGateways", apiVersion: "x", name: "n", properties: { sku: { name: "ErGw4AZ" } } };`, true],
  [`export const bad5: PortResource = { type: "Microsoft.Network/expressRoutePorts", apiVersion: "x", name: "n", properties: { encapsulation: "Dot1Ad" } };`, true],
  // A sub-resource's properties are nested, as in a template, not flattened as in the SDK.
  [`export const bad6: GatewayResource = { type: "Microsoft.Network/virtualNetworkGateways", apiVersion: "x", name: "n", properties: { ipConfigurations: [{ name: "x", subnet: { id: "s" } }] } };`, true],
  // A property at the wrong level: zones belong to the public IP resource, not its properties.
  [`export const bad7: PublicIpResource = { type: "Microsoft.Network/publicIPAddresses", apiVersion: "x", name: "n", properties: { zones: ["1"] } };`, true],
];

describe("ARM resource types", () => {
  it("refuse misspelt and read-only properties and unknown enum values, and accept the right ones", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "era-arm-types-"));
    const header = `import type { CircuitResource, GatewayResource, PortResource, PublicIpResource } from ${JSON.stringify(types)};`;
    writeFileSync(join(dir, "probe.ts"), [header, ...PROBES.map(([code]) => code)].join("\n"));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2023", lib: ["ES2023"], module: "NodeNext", moduleResolution: "NodeNext", strict: true, noUncheckedIndexedAccess: true, skipLibCheck: true, types: [], noEmit: true },
        files: ["probe.ts"],
      }),
    );
    const r = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")], { encoding: "utf8", timeout: 110_000 });
    const output = `${r.stdout}${r.stderr}`;
    // Errors name their line; only errors from the probe itself count.
    const failedLines = new Set([...output.matchAll(/probe\.ts\((\d+),\d+\): error/g)].map((m) => Number(m[1]) - 1));
    expect(output).not.toMatch(/arm-types\.ts\(\d+,\d+\): error/);
    const expected = new Set(PROBES.flatMap(([, bad], i) => (bad ? [i + 1] : [])));
    expect([...failedLines].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  });
});
