// Machine renderings of a design: YAML (default) and JSON carry the same document.
import { stringify } from "yaml";
import type { Design } from "../../design/build.js";

export const MACHINE_FORMATS = ["yaml", "json"] as const;

export function renderYaml(doc: unknown): string {
  // lineWidth 0: no folding, so a message is one line and diffs stay readable.
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}

export function renderJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderDesign(design: Design, format: string): string {
  return format === "json" ? renderJson(design) : renderYaml(design);
}
