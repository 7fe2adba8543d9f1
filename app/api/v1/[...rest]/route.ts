import { apiHandler } from "@/lib/http/api-handler";
import { notFound } from "@/lib/errors";

// Through the gate like every route, so an unknown path answers the same way to a foreign origin.
const noSuchPath = apiHandler<{ rest: string[] }>(async () => {
  throw notFound("No such API path.");
});

export const GET = noSuchPath;
export const POST = noSuchPath;
export const PUT = noSuchPath;
export const PATCH = noSuchPath;
export const DELETE = noSuchPath;
