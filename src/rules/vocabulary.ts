// The small, schema-free vocabulary of rules (operators, severities, topics), so the engine can
// run prebuilt rules without constructing the zod rule schemas.

export const OPERATORS = ["equals", "notEquals", "in", "notIn", "gt", "gte", "lt", "lte", "exists"] as const;
export type Operator = (typeof OPERATORS)[number];

export const SEVERITIES = ["info", "warning", "error"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Design sections a finding can be attached to (it is then listed beside that section too). */
export const TOPICS = ["connection", "circuits", "gateway", "resilience", "vpnFailover", "globalReach", "microsoftPeering", "encryption"] as const;
export type Topic = (typeof TOPICS)[number];

