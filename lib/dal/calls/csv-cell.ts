import "server-only";
// A cell starting with = + - @ (or a tab/CR) is run as a formula by spreadsheet apps; a caller
// could speak one into a summary. Such cells get a leading apostrophe, except phone numbers
// ("+1617…"), which are plain digits and must stay usable.
const FORMULA_START = /^[=+\-@\t\r]/;
const PHONE = /^\+?\d{3,20}$/;

export function csvCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) && !PHONE.test(value) ? `'${value}` : value;
}
