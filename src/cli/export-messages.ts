// User-facing strings of `export`, in one place (the core's own are in src/export/export-text.ts).
export const EXPORT_MESSAGES = {
  description: "write infrastructure as code for a design: an ARM template (JSON) or a Terraform configuration (azurerm)",
  fileArgument: "answers file (planned first) or a design document (kind: Design); - reads standard input",
  designOption: "a design document written by `expressroute-advisor plan`, instead of an answers file",
  formatOption: "arm (template JSON for az deployment group create) or terraform (azurerm); without it, -o FILE's extension decides (.json arm, .tf terraform)",
  outputOption: "write to FILE (- = stdout, the default)",
  forceOption: "replace an existing output file",
  rulesDirOption: "extra rules folder, for an answers file (repeatable)",
  helpAfter:
    "\nExamples:\n  expressroute-advisor export --format arm answers.yaml -o connectivity.json\n  expressroute-advisor export --design design.yaml -o main.tf\n\nDeploy in two stages: circuits, ports and gateways first; then, once the provider has provisioned\neach circuit, again with deployPeerings=true (ARM) or circuits_provisioned = true (Terraform).\nSee docs/export.md.",
  twoFiles: (file: string, design: string) => `two inputs given (${file} and --design ${design}); give one`,
  noInput: "no input given: expressroute-advisor export --format arm|terraform ANSWERS_FILE (or --design DESIGN_FILE)",
  noFormat: (output: string) =>
    output === "-" ? "--format arm or --format terraform is needed when writing to standard output" : `cannot tell the format from ${output}; name the file .json (arm) or .tf (terraform), or pass --format`,
  notADesign: "expected a design written by `expressroute-advisor plan` (apiVersion expressroute-advisor/v2, kind: Design)",
  notAnswersOrDesign: "expected an answers file (kind: Answers) or a design document (kind: Design)",
  designCannotExport: "the design does not hold together for an export; regenerate it with `expressroute-advisor plan`",
  errorFindings: (n: number, where: string) =>
    `${where === "-" ? "exported" : `exported to ${where}`} a design with ${n} error finding${n > 1 ? "s" : ""} (exit 3): a requirement cannot be met as stated; review before deploying`,
} as const;
