import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import type * as accounts from "@/app/actions/accounts";
import type * as accountMfa from "@/app/actions/account-mfa";
import type * as agents from "@/app/actions/agents";
import type * as apiKeys from "@/app/actions/api-keys";
import type * as auditSettings from "@/app/actions/audit-settings";
import type * as branding from "@/app/actions/branding";
import type * as calls from "@/app/actions/calls";
import type * as domains from "@/app/actions/domains";
import type * as integrations from "@/app/actions/integrations";
import type * as mfaPolicy from "@/app/actions/mfa-policy";
import type * as mfaSignIn from "@/app/actions/mfa-sign-in";
import type * as clientDefaults from "@/app/actions/client-defaults";
import type * as clients from "@/app/actions/clients";
import type * as people from "@/app/actions/people";
import type * as providerConnections from "@/app/actions/provider-connections";
import type * as redeemPreview from "@/app/actions/redeem-preview";
import type * as scimDirectories from "@/app/actions/scim-directories";
import type * as signIn from "@/app/actions/sign-in";
import type * as ssoConnections from "@/app/actions/sso-connections";
import type * as signOut from "@/app/actions/sign-out";
import type * as ssoDiscovery from "@/app/actions/sso-discovery";
import type * as startPreview from "@/app/actions/start-preview";
import type { ActionResult } from "./run-action";

// Every server action in app/actions answers with the one result shape, so a component handles
// any of them the same way (ok → data and message, else code and error). Checked by the type
// checker (`tsc --noEmit` covers test files): a name listed here is an action answering otherwise.
type OtherShapes<M> = {
  [K in keyof M]: M[K] extends (...args: never[]) => Promise<infer R>
    ? R extends ActionResult<unknown>
      ? never
      : K
    : K;
}[keyof M];

const CHECKED = [
  "account-mfa",
  "accounts",
  "agents",
  "api-keys",
  "audit-settings",
  "branding",
  "calls",
  "client-defaults",
  "clients",
  "domains",
  "integrations",
  "mfa-policy",
  "mfa-sign-in",
  "people",
  "provider-connections",
  "redeem-preview",
  "scim-directories",
  "sign-in",
  "sign-out",
  "sso-connections",
  "sso-discovery",
  "start-preview",
];

describe("server action results", () => {
  it("cover every app/actions file (a new one is added to the list below)", () => {
    const files = readdirSync(path.resolve(__dirname, "../../app/actions")).filter((f) => /\.tsx?$/.test(f));
    expect(files.map((f) => f.replace(/\.tsx?$/, "")).sort()).toEqual(CHECKED);
  });

  it("are ActionResult in every app/actions file", () => {
    expectTypeOf<OtherShapes<typeof accounts>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof accountMfa>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof mfaPolicy>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof mfaSignIn>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof agents>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof apiKeys>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof auditSettings>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof branding>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof calls>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof domains>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof integrations>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof clientDefaults>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof clients>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof people>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof providerConnections>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof redeemPreview>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof scimDirectories>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof signIn>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof signOut>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof ssoDiscovery>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof ssoConnections>>().toEqualTypeOf<never>();
    expectTypeOf<OtherShapes<typeof startPreview>>().toEqualTypeOf<never>();
  });
});
