// `--format bom`: the bill of materials in its machine form, one line per item in logfmt
// (`key=value`, values with spaces quoted as JSON strings), so it can be grepped, diffed and read by
// a script. Each item's `kind=meter` lines follow it: what prices it, and with --prices the meter
// found and its monthly amount. Deterministic: the design's order, no dates but the prices' own.
import { itemMonthly, type BillOfMaterials, type BomItem, type BomMeter, type BomValue } from "../../bom/build-bom.js";
import { BOM_TEXT as T } from "./bom-text.js";

const SAFE = /^[A-Za-z0-9_.,:/|+\-[\]@#]+$/;

function formatValue(value: BomValue): string {
  if (value === null) return "null";
  if (typeof value !== "string") return String(value);
  return SAFE.test(value) ? value : JSON.stringify(value);
}

const pairs = (fields: readonly (readonly [string, BomValue])[]) => fields.map(([k, v]) => `${k}=${formatValue(v)}`).join(" ");
export const formatMoney = (n: number) => n.toFixed(2);
const formatQuantity = (n: number) => String(Math.round(n * 100) / 100);
const formatUnitPrice = (n: number) => String(Math.round(n * 1e6) / 1e6);

function meterLine(item: BomItem, m: BomMeter, currency: string | undefined): string {
  const q = m.query;
  const fields: [string, BomValue][] = [
    ["kind", "meter"],
    ["item", `${item.kind}/${item.id}`],
    ["service", q.serviceName],
    ["words", q.words.join("|")],
    ...(q.without?.length ? ([["without", q.without.join("|")]] as [string, BomValue][]) : []),
    ...(q.region ? ([["region", q.region]] as [string, BomValue][]) : []),
    ["unit", q.unit],
    ["quantity", m.quantity === null ? null : formatQuantity(m.quantity)],
  ];
  const p = m.priced;
  if (p) {
    if (p.match === null) fields.push(["price", T.notInFile]);
    else {
      const match = p.match;
      fields.push(
        ["productName", match.productName],
        ["skuName", match.skuName],
        ["meterName", match.meterName],
        ["armRegionName", match.armRegionName],
        ["unitOfMeasure", match.unitOfMeasure],
        ["unitPrice", formatUnitPrice(match.tiers.find((t) => t.price > 0)?.price ?? 0)],
        ["effective", match.effectiveStartDate.slice(0, 10)],
      );
      if (match.alternatives > 0) fields.push(["alsoMatched", match.alternatives]);
    }
    fields.push(["monthly", p.monthly === null ? null : formatMoney(p.monthly)], ["currency", currency ?? null]);
  }
  return pairs(fields);
}

function itemLine(item: BomItem, currency: string | undefined): string {
  const fields: (readonly [string, BomValue])[] = [["kind", item.kind], ["id", item.id], ...item.fields];
  const monthly = itemMonthly(item);
  if (monthly) fields.push(["monthly", formatMoney(monthly.amount)], ["complete", monthly.complete], ["currency", currency ?? null]);
  if (item.prepare.length > 0) fields.push(["prepare", item.prepare.join("; ")]);
  if (item.note) fields.push(["note", item.note]);
  fields.push(["source", item.source], ["docs", item.docs]);
  return pairs(fields);
}

export function renderBom(bom: BillOfMaterials): string {
  const currency = bom.estimate?.currency;
  const lines = [`# ${T.header(bom.name)}`, `# ${bom.estimate ? T.pricedNote(bom.hoursPerMonth) : T.unpricedNote}`];
  for (const item of bom.items) lines.push(itemLine(item, currency), ...item.meters.map((m) => meterLine(item, m, currency)));
  const e = bom.estimate;
  if (e) {
    lines.push(
      pairs([
        ["kind", "total"],
        ["monthly", formatMoney(e.total)],
        ["currency", e.currency],
        ["unpricedMeters", e.unpriced],
        ["effectiveFrom", e.effectiveFrom],
        ["effectiveTo", e.effectiveTo],
        ["hoursPerMonth", bom.hoursPerMonth],
        ["note", T.totalNote],
      ]),
    );
  }
  return `${lines.join("\n")}\n`;
}
