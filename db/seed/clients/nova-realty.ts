import type { DemoClient } from "../demo-types";

const OFFICE = "+15125550100";

export const NOVA_REALTY: DemoClient = {
  name: "Nova Realty",
  industry: "realty",
  // Not a preset: the agency switched on the call list and analytics only.
  permissions: {
    view_agents: false,
    edit_agents: false,
    view_calls: true,
    view_call_details: false,
    view_analytics: true,
    manage_billing: false,
    view_integrations: false,
    manage_integrations: false,
  },
  ratePerMinuteCents: 14,
  callCount: 280,
  areaCodes: ["512", "737"],
  people: ["Jenna Morales", "Chris Albright", "Dana Whitaker"],
  paymentTermsDays: 30,
  users: [{ email: "admin@novarealty.test", name: "Ethan Brooks", role: "admin" }],
  agents: [
    {
      name: "Listings Concierge",
      persona: "Nora",
      role: "inbound",
      status: "live",
      numberLabels: ["Main line", "Yard sign rider"],
      settings: {
        prompt:
          "You are Nora, the concierge for Nova Realty, a residential brokerage. Book showings of our listings with the listing agent, asking whether the buyer is pre-approved and already has an agent. Book free listing consultations for sellers and note the property's size and updates. Take messages for questions you can't answer from the listing sheet (HOA fees, seller flexibility). Transfer buyers who want to make an offer to the broker on duty immediately. We don't handle rentals.",
        greeting: "Thanks for calling Nova Realty, this is Nora. Are you calling about one of our listings?",
        voice: "shimmer",
        language: "en-US",
        businessHours: "Mon–Sat 08:00–20:00",
        transferNumber: OFFICE,
        maxCallMinutes: 12,
      },
    },
    {
      name: "Open House Follow-up",
      persona: "Leo",
      role: "outbound",
      status: "live",
      numberLabels: ["Outbound caller ID"],
      settings: {
        prompt:
          "You are Leo, following up with people who signed in at a Nova Realty open house or requested a home valuation online. Thank them, ask if they have questions, offer a private showing or a listing consultation, and add those who aren't ready to the quarterly market update.",
        greeting: "Hi, this is Leo from Nova Realty.",
        voice: "verse",
        language: "en-US",
        businessHours: "Mon–Sat 10:00–19:00",
        transferNumber: OFFICE,
        maxCallMinutes: 6,
      },
    },
  ],
  integrations: [
    {
      kind: "crm",
      provider: "salesforce",
      name: "Salesforce",
      status: "connected",
      config: { instance: "novarealty.my.salesforce.test", object: "Lead" },
      lastEventHoursAgo: 4,
    },
    {
      kind: "calendar",
      provider: "outlook_calendar",
      name: "Outlook Calendar",
      status: "connected",
      config: { calendar: "Showings", timezone: "UTC" },
      lastEventHoursAgo: 4,
    },
  ],
};
