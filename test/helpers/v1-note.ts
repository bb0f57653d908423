// The line `plan` prints on stderr when it reads a v1 answers file (src/cli/answers-messages.ts,
// MIGRATE_MESSAGES.readAsV2), for tests that run plan on v1 fixtures and check stderr whole.
export const v1Note = (name: string, argument = name): string =>
  `${name} is a v1 answers file: read as v2 (\`expressroute-advisor migrate ${argument}\` shows how)\n`;
