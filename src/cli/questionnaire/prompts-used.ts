// The prompts the questionnaire uses, and only those: the command line's bundle builds this file
// into dist/bin/prompts.js, a module of its own that the first question loads (the library's
// other prompts, the editor's encoding tables among them, are left out).
export { checkbox, confirm, input, search, select, Separator } from "@inquirer/prompts";
