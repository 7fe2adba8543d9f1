import { RateLimiterRes, sharedLimiter } from "@/lib/rate-limit/shared-limiter";
import { rateLimited } from "@/lib/errors";

// A test event is a request we send to an address a client typed: cap them per client so the
// button cannot be turned into a way of hammering someone else's server through ours.
const perClient = sharedLimiter({ keyPrefix: "webhook_test", points: 10, duration: 60 });

export async function takeWebhookTestSlot(clientId: string): Promise<void> {
  try {
    await perClient.consume(clientId);
  } catch (error) {
    if (error instanceof RateLimiterRes)
      throw rateLimited(`Too many test events. Try again in ${Math.ceil(error.msBeforeNext / 1000)} seconds.`);
    throw error;
  }
}
