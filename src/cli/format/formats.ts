// Output format names, kept apart from the renderers so registering options loads nothing heavy.
export const OUTPUT_FORMATS = ["yaml", "json", "markdown", "html"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * The format `-o FILE` implies when --format is not given (docs/contract.md §1): .json json, .md markdown,
 * .html/.htm html, anything else yaml.
 */
const FORMAT_BY_EXTENSION: Readonly<Record<string, OutputFormat>> = { json: "json", md: "markdown", html: "html", htm: "html" };

export function pickOutputFormat(explicit: OutputFormat | undefined, output: string): OutputFormat {
  if (explicit) return explicit;
  const extension = /\.([^./\\]+)$/.exec(output)?.[1]?.toLowerCase();
  return (extension && FORMAT_BY_EXTENSION[extension]) || "yaml";
}
