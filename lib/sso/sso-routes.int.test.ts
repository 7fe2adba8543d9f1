import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffFor } from "@/db/testing/actor-for";
import { clientIdOf } from "@/db/testing/lookups";
import { GET as metadata } from "@/app/api/sso/[connectionId]/metadata/route";
import { GET as start } from "@/app/api/sso/[connectionId]/start/route";
import { createSsoConnection } from "@/lib/dal/sso/create-sso-connection";
import { startSamlIdp, type RunningSamlIdp } from "./testing/start-saml-idp";

// The sign-in routes answer only on the host their connection belongs to (SPEC §11).

let idp: RunningSamlIdp;
let clientConn = "";
let staffConn = "";
const call = (handler: typeof metadata, id: string, host: string, init: RequestInit = {}) =>
  handler(new Request(`http://${host}/api/sso/${id}/x`, { ...init, headers: { host, ...(init.headers ?? {}) } }), {
    params: Promise.resolve({ connectionId: id }),
  });

beforeAll(async () => {
  idp = await startSamlIdp({ user: { nameId: "u", email: "u@brightdental.test" } });
  const owner = await staffFor("owner@acme.test");
  const saml = { type: "saml", saml: { metadataXml: idp.metadataXml } };
  clientConn = (
    await createSsoConnection(owner, {
      ...saml,
      name: "BD",
      clientId: await clientIdOf("Bright Dental"),
      defaultRole: "analyst",
    })
  ).id;
  staffConn = (await createSsoConnection(owner, { ...saml, name: "Staff", defaultRole: "member" })).id;
});
afterAll(() => idp?.close());

describe("/api/sso/{id}/…", () => {
  it("serves a client's SP metadata on its portal host only, naming only that host", async () => {
    const ok = await call(metadata, clientConn, "acme.localhost:3000");
    expect(ok.status).toBe(200);
    const xml = await ok.text();
    expect(xml).toContain(`http://acme.localhost:3000/api/sso/${clientConn}/acs`);
    expect(xml).not.toContain("//localhost:3000");
    expect((await call(metadata, clientConn, "localhost:3000")).status).toBe(404);
    expect((await call(metadata, clientConn, "globex.localhost:3000")).status).toBe(404);
    expect((await call(metadata, staffConn, "acme.localhost:3000")).status).toBe(404);
    expect((await call(metadata, staffConn, "localhost:3000")).status).toBe(200);
    expect((await call(metadata, "not-a-uuid", "localhost:3000")).status).toBe(404);
  });

  it("starts SP-initiated SAML at the IdP with a request id kept in the database, on the right host only", async () => {
    const res = await call(start, clientConn, "acme.localhost:3000");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(new RegExp(`^${idp.ssoUrl}\\?SAMLRequest=`));
    expect((await call(start, clientConn, "localhost:3000")).status).toBe(404);
  });
});
