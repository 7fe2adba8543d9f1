import { describe, expect, it } from "vitest";
import { secretBoxFor, SecretBoxError, secretHint } from "./secret-box";

const box = secretBoxFor("a".repeat(43));
const ROW = "6f1c2a7e-0000-4000-8000-000000000001";

describe("secret box", () => {
  it("opens what it sealed", () => {
    const sealed = box.seal("pat-na1-1234-abcd", ROW);
    expect(box.open(sealed, ROW)).toBe("pat-na1-1234-abcd");
  });

  it("never stores the plaintext and never repeats a ciphertext (random IV)", () => {
    const a = box.seal("whsec_supersecretvalue", ROW);
    const b = box.seal("whsec_supersecretvalue", ROW);
    expect(a).not.toBe(b);
    expect(a).not.toContain("supersecret");
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it("refuses a ciphertext moved to another row", () => {
    const sealed = box.seal("token", ROW);
    expect(() => box.open(sealed, "another-row")).toThrow(SecretBoxError);
  });

  it("refuses a tampered ciphertext or tag", () => {
    const [v, iv, body, tag] = box.seal("token-value", ROW).split(".");
    const flip = (s: string) =>
      Buffer.from(Buffer.from(s, "base64url").map((b, i) => (i === 0 ? b ^ 1 : b))).toString("base64url");
    expect(() => box.open([v, iv, flip(body), tag].join("."), ROW)).toThrow(SecretBoxError);
    expect(() => box.open([v, iv, body, flip(tag)].join("."), ROW)).toThrow(SecretBoxError);
    expect(() => box.open("garbage", ROW)).toThrow(SecretBoxError);
  });

  it("cannot be opened with a key from another auth secret", () => {
    const sealed = box.seal("token", ROW);
    expect(() => secretBoxFor("b".repeat(43)).open(sealed, ROW)).toThrow(SecretBoxError);
  });

  it("hints at the last four characters only", () => {
    expect(secretHint("whsec_abcdefgh1234")).toBe("••••1234");
  });
});
