import { apiHandler, unsupportedMethods } from "@/lib/http/api-handler";
import { currentRequestOrigin } from "@/lib/http/current-request-origin";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

// The API's description (OpenAPI 3.1), public like any API reference: it names routes and input
// shapes, never data. Its server is the host asked, so a portal's copy names the agency's host.
export const GET = apiHandler(async () => buildOpenApiDocument(`${await currentRequestOrigin()}`));

export const { POST, PUT, PATCH, DELETE } = unsupportedMethods("GET");
