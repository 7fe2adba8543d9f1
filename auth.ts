import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/create-session";
import { endSession } from "@/lib/auth/end-session";
import { redeemPreviewHandoff } from "@/lib/auth/redeem-preview-handoff";
import { currentRequestMeta } from "@/lib/auth/request-meta";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { getConfig } from "@/lib/config";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

/** Carries why a sign-in failed to the login action; the user sees a message per code. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "suspended" | "throttled" | "sso_required" | "mfa_required") {
    super();
    this.code = code;
  }
}

/** The password was right and a second factor is due: the sign-in action keeps the challenge's token in a cookie. */
export class SecondFactorDue extends SignInRefused {
  constructor(readonly challengeToken: string) {
    super("mfa_required");
  }
}

const CredentialsInput = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(256) });

// The JWT carries only the server-side session id; lib/auth/current-actor.ts checks that row
// (and the user behind it) on every request.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getConfig().authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  logger: {
    error: (error) => {
      if (!(error instanceof CredentialsSignin)) console.error("[auth]", error.name, error.message);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = CredentialsInput.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const meta = await currentRequestMeta();
        const result = await verifyCredentials({ ...parsed.data, host: meta.host, meta });
        if (!result.ok && result.reason === "mfa_required") throw new SecondFactorDue(result.challengeToken);
        if (!result.ok) throw new SignInRefused(result.reason);
        return { id: result.userId, sessionId: result.sessionId };
      },
    }),
    // Staff "preview as client": the portal host redeems a single-use hand-off token.
    Credentials({
      id: "preview-handoff",
      credentials: { token: {} },
      async authorize(raw) {
        const token = typeof raw?.token === "string" ? raw.token : "";
        const sessionId = token ? await redeemPreviewHandoff(token) : null;
        if (!sessionId) throw new SignInRefused("invalid");
        return { id: sessionId, sessionId };
      },
    }),
  ],
  events: {
    // Auth.js's own POST /api/auth/signout (and signOut() in our actions) only clears the cookie:
    // the session row must end too, or a copy of the cookie keeps working after "sign out".
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid, await currentRequestMeta());
    },
  },
  callbacks: {
    // Auth.js's own routes (?callbackUrl=…, sign-out) follow the one redirect rule of the app.
    redirect({ url, baseUrl }) {
      const path = safeRedirectPath(url, baseUrl);
      return path ? `${baseUrl}${path}` : baseUrl;
    },
    jwt({ token, user }) {
      if (user) token.sid = (user as { sessionId?: string }).sessionId;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
}));
