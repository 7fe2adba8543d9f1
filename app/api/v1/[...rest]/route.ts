import { NextResponse } from "next/server";

const notFound = async () =>
  NextResponse.json({ error: { code: "not_found", message: "No such API path." } }, { status: 404 });

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
