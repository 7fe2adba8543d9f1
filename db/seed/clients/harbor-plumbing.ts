import { presetPermissions } from "@/lib/authz/catalogue";
import type { DemoClient } from "../demo-types";

const OFFICE = "+12065550100";

export const HARBOR_PLUMBING: DemoClient = {
  name: "Harbor Plumbing",
  industry: "plumbing",
  permissions: presetPermissions("hands_off"),
  ratePerMinuteCents: 10,
  callCount: 360,
  areaCodes: ["206", "425", "253"],
  people: ["Dave", "Luis", "Tony"],
  // Shorter terms, so the demo also has an overdue invoice.
  paymentTermsDays: 7,
  users: [],
  agents: [
    {
      name: "Dispatch",
      persona: "Sam",
      role: "inbound",
      status: "live",
      numberLabels: ["Main line", "Yelp ad line"],
      settings: {
        prompt:
          "You are Sam, the dispatcher for Harbor Plumbing. First decide whether the call is an emergency (active leak, flooding, no water, sewage backup, gas smell). For emergencies, walk the caller through shutting off the main water valve, then dispatch the on-call technician and quote the $149 call-out fee (applied to the repair). Otherwise book a service window, quote typical price ranges (drain service from $189, faucet repairs $150–$250, water heater replacement $1,400–$2,600 installed) and offer free on-site estimates for replacements. For a gas smell, tell the caller to leave the house and call the gas company.",
        greeting: "Harbor Plumbing, this is Sam. Is this a plumbing emergency, or can I help you book a service?",
        voice: "echo",
        language: "en-US",
        businessHours: "Mon–Fri 08:00–18:00",
        transferNumber: OFFICE,
        maxCallMinutes: 12,
      },
    },
    {
      name: "Emergency Line",
      persona: "Sam",
      role: "after_hours",
      status: "live",
      numberLabels: ["24/7 emergency line"],
      settings: {
        prompt:
          "You are Sam on Harbor Plumbing's after-hours emergency line. Help the caller stop the water first, then dispatch the on-call technician. After-hours visits carry a $249 call-out fee; offer the first daytime slot (from $129) when the problem can wait until morning.",
        greeting:
          "Harbor Plumbing emergency line, this is Sam. Tell me what's happening and we'll get it under control.",
        voice: "echo",
        language: "en-US",
        businessHours: "24/7",
        transferNumber: OFFICE,
        maxCallMinutes: 12,
      },
    },
    {
      name: "Quote Follow-up",
      persona: "Riley",
      role: "outbound",
      status: "live",
      numberLabels: ["Outbound caller ID"],
      settings: {
        prompt:
          "You are Riley, following up with Harbor Plumbing customers who received a quote in the last thirty days, and reminding past customers about annual water heater flushes ($119). Answer questions about what the quote includes, book the job when they're ready, and respect a no.",
        greeting: "Hi, this is Riley from Harbor Plumbing.",
        voice: "alloy",
        language: "en-US",
        businessHours: "Mon–Fri 09:00–18:00",
        transferNumber: OFFICE,
        maxCallMinutes: 6,
      },
    },
  ],
  integrations: [
    {
      kind: "crm",
      provider: "jobber",
      name: "Jobber",
      status: "connected",
      config: { account: "harbor-plumbing", createRequests: "true" },
      lastEventHoursAgo: 1,
    },
    {
      kind: "webhook",
      provider: "webhook",
      name: "On-call SMS alert",
      status: "error",
      config: { url: "https://alerts.harborplumbing.test/oncall", events: "call.completed" },
      lastError: "The endpoint answered 502 Bad Gateway.",
      lastEventHoursAgo: 30,
    },
  ],
};
