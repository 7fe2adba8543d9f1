import { describe, expect, it } from "vitest";
import { HIDDEN_SECRET, restoreOutboxSecret, sealOutboxSecret, SECRET_PLACEHOLDER } from "./outbox-secret";

const TOKEN = "A".repeat(20) + "b_-".repeat(7) + "xy";
const ID = "5b0c3f2e-9f1a-4c55-8d1e-0a4f4b1c2d3e";
const parts = {
  subject: "Reset your password",
  text: `Choose a new password: http://localhost:3000/reset-password?token=${TOKEN}`,
  html: `<a href="http://localhost:3000/reset-password?token=${TOKEN}">http://localhost:3000/reset-password?token=${TOKEN}</a>`,
};
const secret = { value: TOKEN, audience: { kind: "recipient" as const, userId: "u1" } };

describe("outbox secrets", () => {
  it("cuts every copy of the token out of the stored email and seals it", () => {
    const stored = sealOutboxSecret(ID, parts, secret);
    expect(JSON.stringify(stored)).not.toContain(TOKEN);
    expect(stored.html.split(SECRET_PLACEHOLDER)).toHaveLength(3);
    expect(stored.secretAudience).toEqual(secret.audience);
  });

  it("puts it back for its audience and writes 'hidden' for anyone else", () => {
    const stored = sealOutboxSecret(ID, parts, secret);
    expect(restoreOutboxSecret(ID, stored, stored.secret, true)).toEqual(parts);
    const hidden = restoreOutboxSecret(ID, stored, stored.secret, false);
    expect(JSON.stringify(hidden)).not.toContain(TOKEN);
    expect(hidden.text).toContain(`token=${HIDDEN_SECRET}`);
  });

  it("a sealed secret moved onto another row opens nothing there", () => {
    const stored = sealOutboxSecret(ID, parts, secret);
    const elsewhere = restoreOutboxSecret("00000000-0000-4000-8000-000000000000", stored, stored.secret, true);
    expect(JSON.stringify(elsewhere)).not.toContain(TOKEN);
  });

  it("stores an email without a secret as it is", () => {
    expect(sealOutboxSecret(ID, parts, null)).toEqual({ ...parts, secret: null, secretAudience: null });
  });
});
