import { beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { openDestinationSecret, sealDestinationSecret } from "./destination-secret";

beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret-0123";
  resetConfigForTests();
});

describe("destination secrets", () => {
  it("round-trips and never stores the plain text", () => {
    const sealed = sealDestinationSecret("dest-1", "hec-token-1234");
    expect(sealed).not.toContain("hec-token");
    expect(openDestinationSecret("dest-1", sealed)).toBe("hec-token-1234");
  });

  it("refuses a ciphertext moved to another destination or altered", () => {
    const sealed = sealDestinationSecret("dest-1", "hec-token-1234");
    expect(() => openDestinationSecret("dest-2", sealed)).toThrow();
    const parts = sealed.split(".");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(() => openDestinationSecret("dest-1", parts.join("."))).toThrow();
  });
});
