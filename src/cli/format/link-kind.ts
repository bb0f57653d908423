/** The kinds of line a topology drawing has; its own file so the report wording can name them without importing the drawing. */
export type LinkKind = "private" | "vpn" | "ipsec" | "global-reach" | "microsoft";
