/** One problem with answers, at a key path as the file has it. Zod-free, for every check. */
export interface InputIssue {
  /** Key path as in the file, e.g. "azure.regions[1]", "sites[1].name"; "" for the whole document. */
  path: string;
  message: string;
}

/** How every missing-answer issue starts, so a caller can tell them apart (--set adding an entry). */
export const MISSING_ANSWER = "required answer is missing";
