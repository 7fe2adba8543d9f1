import "server-only";
import { cookies } from "next/headers";
import { MFA_CHALLENGE_COOKIE, MFA_CHALLENGE_SECONDS } from "./challenge-token";

/** httpOnly and host-only: the token finishes one sign-in on the host it began on, nowhere else. */
export async function keepChallengeCookie(token: string, origin: string): Promise<void> {
  (await cookies()).set(MFA_CHALLENGE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: origin.startsWith("https://"),
    maxAge: MFA_CHALLENGE_SECONDS,
  });
}

export async function readChallengeCookie(): Promise<string> {
  return (await cookies()).get(MFA_CHALLENGE_COOKIE)?.value ?? "";
}

export async function dropChallengeCookie(): Promise<void> {
  (await cookies()).delete(MFA_CHALLENGE_COOKIE);
}
