// Output format names, kept apart from the renderers so registering options loads nothing heavy.
export const OUTPUT_FORMATS = ["yaml", "json", "markdown", "html", "bom"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Short names `--format` also takes, as the file extensions go (`-f md`). */
export const OUTPUT_FORMAT_ALIASES: Readonly<Record<string, OutputFormat>> = { yml: "yaml", md: "markdown", htm: "html" };

/**
 * The format `-o FILE` implies when --format is not given (docs/contract.md §1): .json json, .md markdown,
 * .html/.htm html, .bom the bill of materials, anything else yaml.
 */
export function pickOutputFormat(explicit: OutputFormat | undefined, output: string): OutputFormat {
  if (explicit) return explicit;
  const extension = /\.([^./\\]+)$/.exec(output)?.[1]?.toLowerCase() ?? "";
  const format = (OUTPUT_FORMATS as readonly string[]).includes(extension) ? (extension as OutputFormat) : OUTPUT_FORMAT_ALIASES[extension];
  // .yaml, .yml and anything else: yaml (an .html extension is html, .json json, .md markdown).
  return format ?? "yaml";
}
