import { HAPPY, NEUTRAL, SPAM, UPSET, agent, caller, type CallScript } from "./types";

const LISTINGS = [
  "the three-bedroom on Birch Lane",
  "the condo at 22 Harbor View",
  "the craftsman on Oak Street",
  "the townhouse on Willow Court",
] as const;
const PRICES = ["$489,000", "$615,000", "$372,500", "$749,000"] as const;

// Scripts for a real-estate brokerage (Nova Realty): showings, listings, valuations.
export const REALTY_SCRIPTS: CallScript[] = [
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 4,
    sentiment: HAPPY,
    write: (s) => {
      const listing = s.pick(LISTINGS);
      return {
        lines: [
          agent(s.greeting),
          caller(`Hi, I saw ${listing} online and I'd love to see it in person.`),
          agent(
            `It's a lovely home. Are you working with a buyer's agent already, or would you like one of ours to show it?`,
          ),
          caller("No agent yet. Yours is fine."),
          agent(
            `Great. ${s.staff} can show it ${s.day} at ${s.time}. Are you pre-approved for a mortgage? Some sellers ask before showings.`,
          ),
          caller(`Yes, we're pre-approved. ${s.day} at ${s.time} works. I'm ${s.caller}, ${s.callback}.`),
          agent(
            `You're booked with ${s.staff} at ${listing}, ${s.day} at ${s.time}. I'll text you the address and ${s.staff}'s number.`,
          ),
          caller("Perfect, thank you!"),
        ],
        summary: `Buyer ${s.caller} (pre-approved, unrepresented) booked a showing of ${listing} with ${s.staff} on ${s.day} at ${s.time}.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 3,
    sentiment: HAPPY,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller("Hi, we're thinking about selling our house this spring and wondered what it might be worth."),
        agent(
          `We'd be glad to help. ${s.staff} can prepare a free market analysis and walk through the home with you. May I ask the address?`,
        ),
        caller(`It's 57 Cedar Ridge Road. I'm ${s.caller}.`),
        agent("Thank you. Roughly how many bedrooms and bathrooms, and have you made any major updates?"),
        caller("Four bedrooms, two and a half baths. We redid the kitchen two years ago."),
        agent(
          `A renovated kitchen helps a lot in this market. ${s.staff} has ${s.day} at ${s.time} for a listing consultation. Does that work?`,
        ),
        caller("Yes, both of us can be home then."),
        agent(
          `Wonderful. You're booked with ${s.staff} on ${s.day} at ${s.time} at 57 Cedar Ridge Road. You'll get an email with recent sales nearby beforehand.`,
        ),
        caller("Great, thanks so much."),
      ],
      summary: `Seller lead: ${s.caller}, 57 Cedar Ridge Road (4 bed, 2.5 bath, kitchen renovated). Listing consultation booked with ${s.staff} on ${s.day} at ${s.time}.`,
    }),
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "message_taken",
    weight: 3,
    sentiment: NEUTRAL,
    write: (s) => {
      const listing = s.pick(LISTINGS);
      const price = s.pick(PRICES);
      return {
        lines: [
          agent(s.greeting),
          caller(`What are the HOA fees on ${listing}? The listing at ${price} doesn't say.`),
          agent(
            `I don't have the HOA details in front of me, but the listing agent, ${s.staff}, does. May I take your name and number?`,
          ),
          caller(`${s.caller}, ${s.callback}. And ask if the seller is flexible on price.`),
          agent(`Noted: HOA fees and price flexibility on ${listing}. ${s.staff} will call you back today.`),
          caller("Thanks."),
        ],
        summary: `${s.caller} asked about HOA fees and price flexibility on ${listing} (listed at ${price}). Message for ${s.staff}; callback today at ${s.callback}.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "transferred",
    weight: 1,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller(`Hi, it's ${s.caller}. We saw the house with ${s.staff} yesterday and we want to make an offer today.`),
        agent("Exciting! Offers move fast, so let me connect you with an agent right now rather than take a message."),
        caller("Please, we don't want to lose it."),
        agent("Transferring you to our broker on duty. Stay on the line."),
        caller("Thank you."),
      ],
      summary: `${s.caller} wants to make an offer today on a home shown by ${s.staff}. Transferred to the broker on duty.`,
    }),
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "spam",
    weight: 1,
    sentiment: SPAM,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller(`Hello, this is ${s.spammer}. We sell exclusive seller leads in your zip code.`),
        agent("Are you looking to buy or sell a home?"),
        caller("No, I'm offering leads to your agents. Who's in charge of marketing?"),
        agent(`${s.business} isn't interested, thank you. Please remove us from your list.`),
        caller("Okay, thanks."),
      ],
      summary: "Cold call selling real-estate leads. Declined; asked to be removed.",
    }),
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "hung_up",
    weight: 1,
    sentiment: UPSET,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller("I'm looking for a two-bedroom apartment to rent, under $1,800."),
        agent(
          `${s.business} focuses on home sales, so we don't manage rentals. I can suggest a property manager in the area if you like.`,
        ),
        caller("Your ad said rentals."),
        agent("I'm sorry for the confusion. That may have been a partner's listing. Would you like their number?"),
        caller("No. Never mind."),
      ],
      summary: "Rental inquiry (2-bed under $1,800). We don't handle rentals; caller declined a referral and hung up.",
    }),
  },
  {
    kind: "conversation",
    direction: "outbound",
    outcome: "booked",
    weight: 2,
    sentiment: HAPPY,
    write: (s) => {
      const listing = s.pick(LISTINGS);
      return {
        lines: [
          agent(
            `Hi ${s.first}, this is ${s.assistant} from ${s.business}. Thanks for stopping by the open house at ${listing} on Sunday!`,
          ),
          caller("Oh hi, yes, we liked it."),
          agent("I'm glad! Did you have any questions, or would you like a private showing to take a second look?"),
          caller("A second look would be good. My partner couldn't make it Sunday."),
          agent(`${s.staff} can meet you both there ${s.day} at ${s.time}.`),
          caller("That works."),
          agent(`Booked! ${s.staff} will see you at ${listing} on ${s.day} at ${s.time}. I'll text a confirmation.`),
          caller("Thanks!"),
        ],
        summary: `Open house follow-up: ${s.caller} liked ${listing}; private second showing booked with ${s.staff} on ${s.day} at ${s.time}.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "outbound",
    outcome: "hung_up",
    weight: 1,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        agent(
          `Hi ${s.first}, this is ${s.assistant} from ${s.business}. You requested a home valuation on our website last month. Are you still thinking of selling?`,
        ),
        caller("We've decided to wait until next year."),
        agent("That makes sense. Would you like us to send a quarterly market update in the meantime?"),
        caller("I guess so."),
        agent(`Great, I'll add you to the list. ${s.staff} is here whenever you're ready.`),
        caller("Okay, bye."),
      ],
      summary: `Valuation lead follow-up: ${s.caller} postponed selling to next year; added to the quarterly market update list.`,
    }),
  },
  {
    kind: "voicemail",
    direction: "inbound",
    outcome: "message_taken",
    weight: 1,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        agent(
          `Thanks for calling ${s.business}. Our agents are out showing homes. Leave your name, number and the property you're calling about, and we'll call you right back.`,
        ),
        caller(
          `Hi, this is ${s.caller}, ${s.callback}. I'm interested in the townhouse on Willow Court. Is it still available? Thanks.`,
        ),
      ],
      summary: `Voicemail from ${s.caller}: asking whether the townhouse on Willow Court is still available. Call back at ${s.callback}.`,
    }),
  },
  {
    kind: "voicemail",
    direction: "outbound",
    outcome: null,
    weight: 1,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        caller(`Hi, you've reached the ${s.caller.split(" ").slice(-1)[0]} family. Please leave a message.`),
        agent(
          `Hi ${s.first}, this is ${s.assistant} from ${s.business}, following up on your visit to our open house. ${s.staff} would be happy to set up a private showing. Call us back anytime.`,
        ),
      ],
      summary: `Open house follow-up reached ${s.caller}'s voicemail; offered a private showing with ${s.staff}.`,
    }),
  },
];
