import type { CallScript } from "./types";
import { DENTAL_SCRIPTS } from "./dental";
import { LEGAL_SCRIPTS } from "./legal";
import { PLUMBING_SCRIPTS } from "./plumbing";
import { REALTY_SCRIPTS } from "./realty";

export type Industry = "dental" | "legal" | "plumbing" | "realty";

export const SCRIPTS: Record<Industry, CallScript[]> = {
  dental: DENTAL_SCRIPTS,
  legal: LEGAL_SCRIPTS,
  plumbing: PLUMBING_SCRIPTS,
  realty: REALTY_SCRIPTS,
};
