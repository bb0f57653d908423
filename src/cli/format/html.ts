// Placeholder until the html report lands (issue 5).
import type { Design } from "../../design/build.js";
import { UsageError } from "../errors.js";

export function renderHtml(_design: Design): string {
  throw new UsageError("--format html is not available yet");
}
