import { request, type APIRequestContext } from "@playwright/test";

// One signed-in HTTP client per demo account, signed in once through Auth.js's own credentials
// endpoint and reused for every case. Node cannot resolve *.localhost here, so every request goes
// to 127.0.0.1 with the Host header of the console or the agency's portal, as a browser's would.

export type Outcome = { status: number; headers: Record<string, string>; text: string; json: unknown };

export type HttpActor = {
  name: string;
  host: string;
  send(
    method: string,
    path: string,
    init?: { body?: unknown; host?: string; headers?: Record<string, string>; raw?: string },
  ): Promise<Outcome>;
  dispose(): Promise<void>;
};

export async function openActor(
  port: number,
  name: string,
  host: string,
  email: string | null,
  password: string,
): Promise<HttpActor> {
  const ctx: APIRequestContext = await request.newContext({ baseURL: `http://127.0.0.1:${port}`, maxRedirects: 0 });
  const send: HttpActor["send"] = async (method, path, init = {}) => {
    const target = init.host ?? host;
    const headers: Record<string, string> = { host: target, origin: `http://${target}`, ...init.headers };
    const data = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    if (data !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
      headers["content-type"] = "application/json";
    // A kept-alive socket the server has just closed resets the next request (ECONNRESET): retry those.
    const response = await ctx.fetch(path, {
      method,
      headers,
      data,
      maxRedirects: 0,
      failOnStatusCode: false,
      timeout: 30_000,
      maxRetries: 2,
    });
    const text = await response.text();
    let json: unknown = undefined;
    if ((response.headers()["content-type"] ?? "").includes("json")) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    return { status: response.status(), headers: response.headers(), text, json };
  };
  if (email) {
    const csrf = (await send("GET", "/api/auth/csrf")).json as { csrfToken: string };
    const signIn = await ctx.post("/api/auth/callback/credentials", {
      headers: { host, origin: `http://${host}` },
      form: { csrfToken: csrf.csrfToken, email, password },
      maxRedirects: 0,
    });
    const me = await send("GET", "/api/v1/me");
    if (me.status !== 200)
      throw new Error(
        `${name} (${email}) could not sign in on ${host}: ${signIn.status()} ${signIn.headers().location}, /me ${me.status}`,
      );
  }
  return { name, host, send, dispose: () => ctx.dispose() };
}
