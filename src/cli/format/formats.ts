// Output format names, kept apart from the renderers so registering options loads nothing heavy.
export const OUTPUT_FORMATS = ["yaml", "json", "markdown", "html"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
