// Part of `npm run docs`: writes docs/facts.md from the built registries (see src/rule-tooling/facts-doc.ts).
import { writeFileSync } from "node:fs";
import { renderFactsPage } from "../dist/rule-tooling/facts-doc.js";

writeFileSync(new URL("../docs/facts.md", import.meta.url), renderFactsPage());
console.error("wrote docs/facts.md");
