const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const count = new Intl.NumberFormat("en-US");

export const formatCents = (cents: number) => money.format(cents / 100);
export const formatCount = (n: number) => count.format(n);
