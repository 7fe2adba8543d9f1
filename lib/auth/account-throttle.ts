import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { throttleBucketOf } from "@/lib/net/throttle-bucket";

// Emails a stranger can make us send (password resets) and agencies a stranger can create are
// capped, silently for resets: the answer must not change with whether the address exists.
const resetPerEmail = new RateLimiterMemory({ keyPrefix: "reset_email", points: 5, duration: 60 * 60 });
const resetPerIp = new RateLimiterMemory({ keyPrefix: "reset_ip", points: 30, duration: 60 * 60 });
const signupPerIp = new RateLimiterMemory({ keyPrefix: "signup_ip", points: Number(process.env.SIGNUP_MAX_PER_HOUR ?? 10), duration: 60 * 60 });

async function take(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch {
    return false;
  }
}

export async function allowResetRequest(email: string, ip: string | null): Promise<boolean> {
  const [a, b] = await Promise.all([take(resetPerEmail, email), take(resetPerIp, throttleBucketOf(ip))]);
  return a && b;
}

export function allowSignup(ip: string | null): Promise<boolean> {
  return take(signupPerIp, throttleBucketOf(ip));
}
