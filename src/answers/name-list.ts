// A list of names may be written as one name, or as names separated by commas (`regions: uksouth`,
// `regions: uksouth, ukwest`, `--set azure.regions=uksouth,ukwest`), as YAML users and shell users
// write them; no Azure region or peering location name contains a comma. Zod-free: the schema
// (preprocessing) and the catalog check (raw answers) read lists the same way.
export function readNameList(value: unknown): unknown {
  return typeof value === "string" ? value.split(",").map((name) => name.trim()).filter((name) => name !== "") : value;
}
