/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  // rate-limiter-flexible loads drizzle-orm with a computed dynamic import (its Drizzle store,
  // lib/rate-limit), which only Node's own loader resolves.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "rate-limiter-flexible"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
