// Callers' names for the demo calls. Plain, varied, and obviously not tied to real people.
export const FIRST_NAMES = [
  "Maria", "James", "Aisha", "Robert", "Linda", "Carlos", "Emily", "Michael", "Sofia", "David",
  "Grace", "Kevin", "Hannah", "Luis", "Megan", "Tyrone", "Chloe", "Andrew", "Fatima", "Brian",
  "Olivia", "Jamal", "Rachel", "Steven", "Mei", "Patrick", "Natalie", "Omar", "Julia", "Derek",
  "Priya", "Thomas", "Elena", "Marcus", "Lauren", "Victor", "Bethany", "Hiroshi", "Danielle", "Wesley",
] as const;

export const LAST_NAMES = [
  "Lopez", "Carter", "Nguyen", "Okafor", "Sullivan", "Reyes", "Thompson", "Kowalski", "Haddad", "Brooks",
  "Fischer", "Ramirez", "O'Neill", "Tanaka", "Washington", "Petrov", "Coleman", "Schneider", "Ibrahim", "Walsh",
  "Morgan", "Delgado", "Foster", "Yamamoto", "Bennett", "Castillo", "Hughes", "Mensah", "Larsen", "Price",
] as const;

// Cold callers for the spam scripts: they give a first name and a vague company.
export const SPAM_CALLERS = [
  "Mark from Business Listings Services",
  "Jenny with the Merchant Processing Department",
  "Alex from Local SEO Partners",
  "a recorded message about your Google Business profile",
] as const;
