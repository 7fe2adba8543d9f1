import fc from "fast-check";

// What an attacker types into a field. Each line is a class the adversarial run found or that
// commonly breaks a stack: characters PostgreSQL text refuses (NUL), lone UTF-16 surrogates
// (JSON allows them, UTF-8 cannot carry them), control characters that break headers and CSV,
// sizes beyond every limit, and look-alikes of valid values.
const NASTY_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u001f",
  "\u007f",
  "line\r\nbreak",
  "tab\there",
  "\u0008\u000b\u000c",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "\ude00y",
  "😀",
  "👩‍👩‍👧‍👦",
  "\u202eevil",
  "\u200b",
  "\ufeff",
  "\uffff",
  "\ufffe",
  "e\u0301",
  "Ω≈ç√∫",
  "日本語",
  "مرحبا",
  "",
  " ",
  "   \t ",
  "null",
  "undefined",
  "NaN",
  "true",
  "0",
  "-1",
  "' OR 1=1 --",
  '"; drop table clients; --',
  "%",
  "_",
  "\\",
  "%_\\%",
  "${7*7}",
  "{{7*7}}",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00",
  "%ZZ",
  "https://evil.test/",
  "javascript:alert(1)",
  "a@b",
  "@",
  "x@y.z\u0000",
  "enabled",
  "suspended",
  "owner",
  "admin",
  "manager",
  "member",
  "supervisor",
  "analyst",
  "agent",
  "webhook",
  "hubspot",
  "self_service",
  "view_only",
  "hands_off",
  "csv",
  "jsonl",
  "alloy",
  "en-US",
  "+13035550100",
];

const DATES = [
  "9999-12-31",
  "10000-01-01",
  "275760-09-13",
  "275760-09-14",
  "+275760-09-13",
  "-000001-01-01",
  "0000-01-01",
  "0001-01-01",
  "1899-12-31",
  "1969-12-31",
  "1970-01-01",
  "2026-02-30",
  "2026-13-01",
  "2026-00-10",
  "2024-02-29",
  "2026-05-01",
  "2026-05-01T00:00:00Z",
  "2026-05-01T25:61:00Z",
  "2026-05-01T00:00:00+99:00",
  "9999-12-31T23:59:59.999Z",
  "2026-05-01T00:00:00.123456789Z",
  "1e20",
  "-8640000000000001",
  "Jan 1 275761",
  "yesterday",
  "2026/05/01",
];

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  2,
  7,
  30,
  90,
  100,
  101,
  200,
  201,
  1000,
  1001,
  86_400,
  86_401,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e21,
  1e308,
  -1e308,
  5e-324,
  0.5,
  1.0000001,
  123456789012345680000,
];

/** A string field's nasty value: a listed one, random code points, or one far beyond any limit. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 12 })).map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: fc.constantFrom(101, 121, 201, 321, 501, 4097, 8001).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom("a", "é", "😀", "\u0000").map((c) => c.repeat(100_000 / c.length)) },
);

export const nastyDate = fc.constantFrom(...DATES);
export const nastyNumber = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Random cursors: garbage, huge, and well-formed envelopes around out-of-range or unstorable contents. */
export function nastyCursor(ids: string[]): fc.Arbitrary<string> {
  const b64 = (v: unknown) => Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");
  const id = fc.oneof(fc.uuid(), fc.constantFrom(...ids, "not-a-uuid"));
  return fc.oneof(
    fc.base64String({ maxLength: 64 }),
    fc.constantFrom(1_000, 10_000, 100_000).map((n) => "A".repeat(n)),
    fc.constantFrom("9".repeat(19), "9".repeat(40), "18446744073709551616", "-1", "0", "1e5", "1.5", "0x10", " 1"),
    fc
      .tuple(fc.constantFrom("9".repeat(18), "9".repeat(30), "-5", "", "1e9"), id, fc.constantFrom("n", "p", "x"))
      .map(([m, i, d]) => b64({ m, i, d })),
    fc.tuple(nastyString, id).map(([name, i]) => b64([name, i])),
    fc.jsonValue({ maxDepth: 2 }).map(b64),
    nastyString,
  );
}

/** Any JSON value a field might be sent: nasty strings, numbers, dates, ids, and wrong types. */
export function nastyValue(ids: string[]): fc.Arbitrary<unknown> {
  const scalar = fc.oneof(
    { weight: 5, arbitrary: nastyString },
    { weight: 2, arbitrary: nastyNumber },
    { weight: 2, arbitrary: nastyDate },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.oneof(fc.uuid(), fc.constantFrom(...ids)) },
  );
  return fc.oneof(
    { weight: 8, arbitrary: scalar },
    { weight: 2, arbitrary: fc.array(scalar, { maxLength: 5 }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(1_001, 5_000)
        .chain((n) => fc.constant(Array.from({ length: n }, (_, i) => ids[i % ids.length] ?? String(i)))),
    },
    { weight: 1, arbitrary: fc.dictionary(nastyString, scalar, { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(64, 2_000).map((n) => nest(n)) },
  );
}

/** {"a":{"a":…}} n levels deep. */
function nest(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
