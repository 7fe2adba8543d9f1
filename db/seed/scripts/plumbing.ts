import { HAPPY, NEUTRAL, SPAM, UPSET, agent, caller, type CallScript } from "./types";

const BURSTS = [
  "a pipe burst under the kitchen sink",
  "water pouring through the ceiling from upstairs",
  "the basement is flooding near the water heater",
] as const;
const CLOGS = ["the kitchen sink", "the main bathroom toilet", "the shower drain", "the basement floor drain"] as const;
const HEATERS = ["a 40-gallon gas tank", "a 50-gallon electric tank", "a tankless unit"] as const;

// Scripts for a plumbing company (Harbor Plumbing): emergencies, leaks, clogs and quotes.
export const PLUMBING_SCRIPTS: CallScript[] = [
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 3,
    sentiment: UPSET,
    write: (s) => {
      const burst = s.pick(BURSTS);
      return {
        lines: [
          agent(s.greeting),
          caller(`Help, ${burst}! What do I do?`),
          agent(
            `First, shut off the main water valve. It's usually where the water line enters the house, near the meter. Can you find it?`,
          ),
          caller("Okay... okay, I turned it. The water's slowing down."),
          agent(`Good. I'm dispatching our emergency technician, ${s.staff}. What's the address?`),
          caller(`It's ${s.caller}, 418 Maple Street. My number is ${s.callback}.`),
          agent(
            `${s.staff} is on the way and should arrive within the hour. The emergency call-out fee is $149, applied to the repair. Turn off power to any outlets near the water if it's safe.`,
          ),
          caller("Thank you, please hurry."),
        ],
        summary: `EMERGENCY: ${burst} at 418 Maple Street (${s.caller}). Caller shut the main valve. ${s.staff} dispatched, ETA under one hour; $149 call-out fee quoted.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 3,
    sentiment: HAPPY,
    write: (s) => {
      const heater = s.pick(HEATERS);
      return {
        lines: [
          agent(s.greeting),
          caller(
            `Hi, my water heater is twelve years old and we're running out of hot water. I'd like a quote to replace it.`,
          ),
          agent(`We can do that. What kind of water heater do you have now?`),
          caller(`It's ${heater}.`),
          agent(
            `Thanks. Replacements usually run $1,400 to $2,600 installed, depending on the model. A technician can give you an exact quote on site, free of charge.`,
          ),
          caller("Free? Great. When can someone come out?"),
          agent(`${s.staff} can come ${s.day} between ${s.time} and two hours later. May I have your name and number?`),
          caller(`${s.caller}, ${s.callback}.`),
          agent(
            `You're booked for a free estimate on ${s.day}, arrival window starting ${s.time}. ${s.staff} will text you when he's on the way.`,
          ),
          caller("Sounds good, thanks!"),
        ],
        summary: `Quote request: replace ${heater} water heater (12 years old). Ballpark $1,400–$2,600 given. Free on-site estimate booked with ${s.staff} on ${s.day} from ${s.time}.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "booked",
    weight: 3,
    sentiment: NEUTRAL,
    write: (s) => {
      const clog = s.pick(CLOGS);
      return {
        lines: [
          agent(s.greeting),
          caller(`Hi, ${clog} is completely clogged. I've tried a plunger and drain cleaner.`),
          agent(
            `Please don't add more drain cleaner, it can burn the technician. Our drain service starts at $189. I have ${s.day} at ${s.time}.`,
          ),
          caller(`Okay, ${s.day} works. It's ${s.caller}, ${s.callback}.`),
          agent(`Booked, ${s.first}. ${s.staff} will see you ${s.day} at ${s.time} and call 30 minutes ahead.`),
          caller("Great, thanks."),
        ],
        summary: `Clogged ${clog} (plunger and chemical cleaner tried). Drain service from $189 booked with ${s.staff} for ${s.day} at ${s.time}.`,
      };
    },
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "message_taken",
    weight: 2,
    sentiment: NEUTRAL,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller("My bathroom faucet has been dripping for a week. Is that something you fix, and how much would it be?"),
        agent(
          "Yes, we fix drips all the time. Most faucet repairs are $150 to $250 including parts. Would you like to book a visit?",
        ),
        caller(`I need to check with my husband first. Can someone call me back tomorrow? I'm ${s.caller}.`),
        agent(`Of course. I'll have our scheduler call you tomorrow at ${s.callback} to find a time.`),
        caller("Thank you."),
      ],
      summary: `Dripping bathroom faucet. Quoted $150–$250. ${s.caller} wants a callback tomorrow at ${s.callback} to schedule.`,
    }),
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "transferred",
    weight: 1,
    sentiment: UPSET,
    write: (s) => ({
      lines: [
        agent(s.greeting),
        caller(`${s.staff} fixed our toilet on Monday and it's leaking at the base again. I'm not paying twice.`),
        agent(
          `I'm sorry, ${s.first}. Our work is guaranteed for a year, so a return visit won't be charged. Is the leak heavy or slow?`,
        ),
        caller("Slow, but the floor is getting soft. I want to talk to a manager."),
        agent("Understood. I'm transferring you to our service manager so this gets handled today."),
        caller("Thank you."),
        agent("Please hold for just a moment."),
        caller("Okay."),
      ],
      summary: `Warranty complaint: toilet repaired by ${s.staff} on Monday leaking again at the base; floor getting soft. Transferred to the service manager; no charge under warranty.`,
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
        caller(`Hi, this is ${s.spammer}. We can put your plumbing company at the top of Google Maps.`),
        agent("Are you calling about a plumbing problem at your home or business?"),
        caller("No, this is about your marketing. Can I speak to the owner?"),
        agent(`${s.business} isn't interested. Please remove this number. Goodbye.`),
        caller("Okay, bye."),
      ],
      summary: "Marketing cold call (Google Maps ranking). Declined and asked to be removed.",
    }),
  },
  {
    kind: "conversation",
    direction: "inbound",
    outcome: "hung_up",
    weight: 1,
    sentiment: UPSET,
    afterHoursOnly: true,
    write: (s) => ({
      lines: [
        agent(`Thanks for calling ${s.business} after hours, this is the emergency line. What's going on?`),
        caller("My garbage disposal is jammed. Can someone come tonight?"),
        agent(
          "We can. After-hours visits have a $249 call-out fee. If it can wait, daytime service starts at $129 tomorrow morning.",
        ),
        caller("$249 for a disposal? That's ridiculous."),
        agent("I understand. Would you like the first slot tomorrow at 8 AM instead?"),
        caller("No, I'll figure it out myself."),
      ],
      summary:
        "After-hours call about a jammed garbage disposal. Declined the $249 after-hours fee and the 8 AM slot, then hung up.",
    }),
  },
  {
    kind: "conversation",
    direction: "outbound",
    outcome: "booked",
    weight: 2,
    sentiment: HAPPY,
    write: (s) => ({
      lines: [
        agent(
          `Hi, is this ${s.first}? This is ${s.assistant} from ${s.business}, following up on the water heater quote ${s.staff} gave you.`,
        ),
        caller("Oh, yes. We've been thinking about it."),
        agent("Do you have any questions about the quote? The price is held for thirty days."),
        caller("Does it include hauling the old tank away?"),
        agent("Yes, removal and disposal are included, along with the permit."),
        caller("Okay, let's do it."),
        agent(
          `Great! ${s.staff} can install it ${s.day} at ${s.time}. It takes about four hours, and you'll be without hot water during that time.`,
        ),
        caller(`${s.day} is perfect.`),
      ],
      summary: `Quote follow-up: ${s.caller} accepted the water heater replacement (removal and permit included). Installation booked with ${s.staff} on ${s.day} at ${s.time}.`,
    }),
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
          `Hi ${s.first}, this is ${s.assistant} from ${s.business}. It's been a year since your water heater service, and we recommend an annual flush.`,
        ),
        caller("How much is that?"),
        agent("It's $119, and it extends the life of the tank. I have openings this week."),
        caller("Not right now, money's tight this month."),
        agent("No problem at all. Would you like a reminder next month?"),
        caller("Sure, whatever. Bye."),
      ],
      summary: `Annual water heater flush reminder ($119): ${s.caller} not interested this month and ended the call. Remind next month.`,
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
          `You've reached ${s.business}. All our technicians are on jobs. Leave your name, address and the problem, and we'll call you right back. For flooding, press 1 for the emergency line.`,
        ),
        caller(
          `Hi, it's ${s.caller}, ${s.callback}. Our outdoor spigot is leaking and won't shut off. Not an emergency, but please call me back today.`,
        ),
      ],
      summary: `Voicemail from ${s.caller}: outdoor spigot leaking and won't shut off; not an emergency. Call back today at ${s.callback}.`,
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
        caller(`Hey, this is ${s.first}, leave a message.`),
        agent(
          `Hi ${s.first}, this is ${s.assistant} from ${s.business}, following up on your quote from ${s.staff}. The price is held for thirty days. Call us back anytime to schedule.`,
        ),
      ],
      summary: `Quote follow-up reached ${s.caller}'s voicemail; left a message that the quote is held for thirty days.`,
    }),
  },
];
