import { requireActor } from "@/lib/auth/current-actor";
import { previewDefaultsPropagation } from "@/lib/dal/client-defaults/preview-defaults-propagation";
import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";

// ?includeOverridden=true|false; anything else reaches the verb as a string and is refused (422).
export const GET = apiHandler(async (request) => {
  const flag = new URL(request.url).searchParams.get("includeOverridden");
  const includeOverridden = flag === null || flag === "false" ? false : flag === "true" ? true : flag;
  return previewDefaultsPropagation(await requireActor(), { includeOverridden });
});

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
