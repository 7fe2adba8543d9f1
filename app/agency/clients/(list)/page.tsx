import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Building2, Search } from "lucide-react";
import { ClientTable } from "@/components/console/clients/client-table";
import { NewClientDialog } from "@/components/console/clients/new-client-dialog";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffActor } from "@/lib/auth/require-staff-actor";
import { listClients } from "@/lib/dal/clients/list-clients";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Clients" };

type Search = { q?: string; cursor?: string };

export default async function ClientsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireStaffActor();
  const { q, cursor } = await searchParams;
  // A cursor from an old link that no longer parses starts the list over.
  const page = await listClients(actor, { q: q || undefined, cursor: cursor || undefined, limit: 50 }).catch((error) =>
    error instanceof AppError && error.code === "validation_failed"
      ? redirect("/agency/clients")
      : Promise.reject(error),
  );
  const caps = actor.resolved.capabilities;
  const canCreate = caps.has("clients.create");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Clients"
        description="Each client's portal shows only the sections you switch on for it."
        actions={canCreate ? <NewClientDialog /> : null}
      />
      <form role="search" className="flex max-w-md gap-2" action="/agency/clients">
        <Input
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Search clients by name"
          aria-label="Search clients"
        />
        <Button type="submit" variant="outline">
          <Search aria-hidden /> Search
        </Button>
      </form>
      {page.items.length === 0 ? (
        <EmptyState
          icon={Building2}
          title={q ? `No client matches “${q}”` : "No clients yet"}
          description={
            q
              ? "Try another name, or clear the search."
              : canCreate
                ? "Create your first client: its portal starts with your agency defaults."
                : "Clients you are assigned to will appear here."
          }
          action={
            q ? (
              <Button asChild variant="outline">
                <Link href="/agency/clients">Clear search</Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <ClientTable clients={page.items} canArchive={caps.has("clients.archive")} />
      )}
      {(cursor || page.nextCursor) && (
        <div className="flex justify-end gap-2">
          {cursor && (
            <Button asChild variant="outline">
              <Link href={q ? `/agency/clients?q=${encodeURIComponent(q)}` : "/agency/clients"}>First page</Link>
            </Button>
          )}
          {page.nextCursor && (
            <Button asChild variant="outline">
              <Link href={`/agency/clients?${new URLSearchParams({ ...(q ? { q } : {}), cursor: page.nextCursor })}`}>
                Next page
              </Link>
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
