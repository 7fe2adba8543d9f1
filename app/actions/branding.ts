"use server";

import { runAction } from "@/lib/actions/run-action";
import { requireActor } from "@/lib/auth/current-actor";
import { updateBranding } from "@/lib/dal/agencies/update-branding";

async function fileBytes(value: FormDataEntryValue | null): Promise<Uint8Array | undefined> {
  // A file input left empty still posts an empty, nameless file.
  if (!value || typeof value === "string" || value.size === 0) return undefined;
  return new Uint8Array(await value.arrayBuffer());
}

/** The branding form posts FormData (it carries files); the verb checks everything itself. */
export async function updateBrandingAction(formData: FormData) {
  return runAction(async () => {
    const text = (key: string) => String(formData.get(key) ?? "");
    const saved = await updateBranding(
      await requireActor(),
      {
        name: text("name"),
        slug: text("slug"),
        primaryColor: text("primaryColor"),
        supportEmail: text("supportEmail"),
        senderName: text("senderName"),
        timeZone: text("timeZone") || undefined,
        removeLogo: formData.get("removeLogo") === "true",
        removeFavicon: formData.get("removeFavicon") === "true",
      },
      { logo: await fileBytes(formData.get("logo")), favicon: await fileBytes(formData.get("favicon")) },
    );
    return saved;
  }, "Branding saved.");
}
