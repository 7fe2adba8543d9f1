import "server-only";
import { sharedLimiter, tryConsume } from "@/lib/rate-limit/shared-limiter";
import { throttleBucketOf } from "@/lib/net/throttle-bucket";

// Emails a stranger can make us send (password resets) and agencies a stranger can create are
// capped, silently for resets: the answer must not change with whether the address exists.
const resetPerEmail = sharedLimiter({ keyPrefix: "reset_email", points: 5, duration: 60 * 60 });
const resetPerIp = sharedLimiter({ keyPrefix: "reset_ip", points: 30, duration: 60 * 60 });
const signupPerIp = sharedLimiter({
  keyPrefix: "signup_ip",
  points: Number(process.env.SIGNUP_MAX_PER_HOUR ?? 10),
  duration: 60 * 60,
});

export async function allowResetRequest(email: string, ip: string | null): Promise<boolean> {
  const [a, b] = await Promise.all([tryConsume(resetPerEmail, email), tryConsume(resetPerIp, throttleBucketOf(ip))]);
  return a && b;
}

export function allowSignup(ip: string | null): Promise<boolean> {
  return tryConsume(signupPerIp, throttleBucketOf(ip));
}
