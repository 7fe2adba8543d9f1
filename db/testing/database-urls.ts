/** The same server, database "postgres": where CREATE/DROP DATABASE are issued from. */
export function adminUrlFor(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
