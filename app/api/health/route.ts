// Liveness for load balancers and orchestrators: the process answers HTTP. No database, no tenant
// data, nothing about the deployment: a failing dependency is /api/ready's business, and restarting
// an instance because the database is down would not help.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
