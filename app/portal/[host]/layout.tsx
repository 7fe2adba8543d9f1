import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getPortalAgency } from "@/lib/dal/agencies/get-portal-agency";

// An unknown portal host is a plain 404 with no brand at all.
export default async function PortalHostLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ host: string }>;
}) {
  const agency = await getPortalAgency(decodeURIComponent((await params).host));
  if (!agency) notFound();
  return children;
}
