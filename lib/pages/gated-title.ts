import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import type { ClientCapability } from "@/lib/authz/client-roles";
import type { StaffCapability } from "@/lib/authz/staff-roles";
import { requirePortalActor } from "@/lib/auth/require-portal-actor";
import { isUuid } from "@/lib/uuid";

type Props = { params: Promise<Record<string, string | string[] | undefined>> };

// Next keeps a page's own title when the page body calls notFound(): only a notFound() from the
// metadata itself gives the 404 its own title ("Page not found", app/not-found.tsx). So a page
// that may be hidden, or whose id may be malformed, names its title through the same checks.
// (The actor is loaded once per request: the page's own check costs nothing more.)

/** A console page's title, only for staff who may open it and with a well-formed id param. */
export function staffPageTitle(title: string, capability?: StaffCapability, idParam?: string) {
  return async ({ params }: Props): Promise<Metadata> => {
    await requireStaffActor(capability);
    if (idParam && !isUuid(String((await params)[idParam] ?? ""))) notFound();
    return { title };
  };
}

/** A portal page's title, only for a client user whose role and portal include the section. */
export function portalPageTitle(title: string, capability?: ClientCapability, idParam?: string) {
  return async ({ params }: Props): Promise<Metadata> => {
    await requirePortalActor(capability);
    if (idParam && !isUuid(String((await params)[idParam] ?? ""))) notFound();
    return { title };
  };
}
