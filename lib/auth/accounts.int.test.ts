import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { agencies, mailOutbox, passwordResets } from "@/db/schema";
import { TEST_META } from "@/db/testing/actor-for";
import { testHosts } from "@/db/testing/hosts";
import { usersWithEmail } from "@/db/testing/lookups";
import { auditCount, lastMailTo } from "@/db/testing/mail-for";
import { AppError } from "@/lib/errors";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword, viewPasswordReset } from "./reset-password";
import { signUpAgency } from "./sign-up-agency";
import { verifyCredentials } from "./verify-credentials";

const outboxSize = async () => (await (await getDb()).select({ id: mailOutbox.id }).from(mailOutbox)).length;
const signIn = (email: string, password: string, host: string) =>
  verifyCredentials({ email, password, host, meta: TEST_META });

describe("password reset", () => {
  it("answers the same for unknown emails and sends nothing; a known one gets a branded portal link", async () => {
    const before = await outboxSize();
    await (
      await requestPasswordReset("nobody@example.test", testHosts().acme, TEST_META)
    ).delivered;
    // Staff email on a portal host, client email on another agency's portal: no mail either.
    await (
      await requestPasswordReset("owner@acme.test", testHosts().acme, TEST_META)
    ).delivered;
    await (
      await requestPasswordReset("analyst@brightdental.test", testHosts().globex, TEST_META)
    ).delivered;
    expect(await outboxSize()).toBe(before);
    await (
      await requestPasswordReset("Analyst@BrightDental.test", testHosts().acme, TEST_META)
    ).delivered;
    const mail = await lastMailTo("analyst@brightdental.test");
    expect(mail.text).toContain(`http://${testHosts().acme}/reset-password?token=${mail.token}`);
    expect(mail.subject + mail.text + mail.html).toContain("Acme Voice");
    expect(mail.subject + mail.text + mail.html).not.toMatch(/switchboard/i);
    expect(await auditCount("password_reset_requested")).toBeGreaterThanOrEqual(1);
  });

  it("is single use, bound to its host, and the new password works while the old one stops", async () => {
    await (
      await requestPasswordReset("supervisor@brightdental.test", testHosts().acme, TEST_META)
    ).delivered;
    const { token } = await lastMailTo("supervisor@brightdental.test");
    expect(await viewPasswordReset(token, testHosts().globex)).toEqual({ state: "invalid" });
    expect(await viewPasswordReset(token, testHosts().console)).toEqual({ state: "invalid" });
    expect(await viewPasswordReset(token, testHosts().acme)).toEqual({
      state: "valid",
      email: "supervisor@brightdental.test",
    });
    expect(await resetPassword({ token, password: "qwertyuiop123" }, testHosts().acme, TEST_META)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too common/),
    });
    expect((await resetPassword({ token, password: "tidal-copper-meadow-3" }, testHosts().acme, TEST_META)).ok).toBe(
      true,
    );
    expect(
      await resetPassword({ token, password: "another-fine-secret-8" }, testHosts().acme, TEST_META),
    ).toMatchObject({ ok: false });
    expect(await viewPasswordReset(token, testHosts().acme)).toEqual({ state: "used" });
    expect((await signIn("supervisor@brightdental.test", "tidal-copper-meadow-3", testHosts().acme)).ok).toBe(true);
    expect((await signIn("supervisor@brightdental.test", "demo-portal-2026", testHosts().acme)).ok).toBe(false);
    expect(await auditCount("password_changed")).toBeGreaterThanOrEqual(1);
  });

  it("expires after an hour, and a newer link supersedes an older one", async () => {
    await (
      await requestPasswordReset("manager@acme.test", testHosts().console, TEST_META)
    ).delivered;
    const first = await lastMailTo("manager@acme.test");
    expect(first.text).toContain(`http://${testHosts().console}/reset-password?token=`);
    await (
      await requestPasswordReset("manager@acme.test", testHosts().console, TEST_META)
    ).delivered;
    const second = await lastMailTo("manager@acme.test");
    expect(await viewPasswordReset(first.token, testHosts().console)).toEqual({ state: "used" });
    const db = await getDb();
    const { hashLinkToken } = await import("./tokens");
    const [reset] = await db
      .select()
      .from(passwordResets)
      .where(eq(passwordResets.tokenHash, hashLinkToken(second.token)));
    expect(reset.expiresAt.getTime() - reset.createdAt.getTime()).toBeLessThanOrEqual(60 * 60 * 1000 + 1000);
    await db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(passwordResets.id, reset.id));
    expect(await viewPasswordReset(second.token, testHosts().console)).toEqual({ state: "expired" });
    expect(
      (await resetPassword({ token: second.token, password: "late-but-strong-pass-5" }, testHosts().console, TEST_META))
        .ok,
    ).toBe(false);
  });
});

describe("agency sign-up", () => {
  it("creates the agency with view_only defaults and its owner, audited, and the owner can sign in", async () => {
    const result = await signUpAgency(
      {
        agencyName: "Nimbus Calls",
        slug: "Nimbus",
        email: "Founder@Nimbus.test",
        name: "Fay Founder",
        password: "nimbus-founding-day-1",
      },
      TEST_META,
    );
    expect(result.slug).toBe("nimbus");
    const [agency] = await (await getDb()).select().from(agencies).where(eq(agencies.id, result.agencyId));
    expect(agency).toMatchObject({ name: "Nimbus Calls", senderName: "Nimbus Calls" });
    expect(
      Object.entries(agency.defaultPermissions)
        .filter(([, v]) => v)
        .map(([k]) => k)
        .sort(),
    ).toEqual(["view_agents", "view_analytics", "view_call_details", "view_calls"]);
    expect(await usersWithEmail("founder@nimbus.test", "nimbus")).toMatchObject([{ role: "owner", kind: "agency" }]);
    expect(await auditCount("agency_created", result.agencyId)).toBe(1);
    expect((await signIn("founder@nimbus.test", "nimbus-founding-day-1", testHosts().console)).ok).toBe(true);
  });

  it("refuses a taken or reserved address and a weak password", async () => {
    const base = { agencyName: "Copycat", email: "c@example.test", name: "C", password: "copycat-strong-pass-2" };
    const status = (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (e) => (e instanceof AppError ? e.status : e),
      );
    expect(await status(signUpAgency({ ...base, slug: "acme" }, TEST_META))).toBe(409);
    expect(await status(signUpAgency({ ...base, slug: "www" }, TEST_META))).toBe(422);
    expect(await status(signUpAgency({ ...base, slug: "copycat", password: "password1234" }, TEST_META))).toBe(422);
  });
});
