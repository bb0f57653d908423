// Placeholder until the markdown report lands (issue 5).
import type { Design } from "../../design/build.js";
import { UsageError } from "../errors.js";

export function renderMarkdown(_design: Design): string {
  throw new UsageError("--format markdown is not available yet");
}
