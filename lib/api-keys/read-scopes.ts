/** The "read only" preset (SPEC §12): the scopes that only read — `calls.read`, `client.read`, … */
export const isReadScope = (scope: string): boolean => scope.endsWith(".read");
