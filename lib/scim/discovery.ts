import { ENTERPRISE_SCHEMA, USER_SCHEMA } from "./user-resource";

const GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
const LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

/** RFC 7643 §5: what this service provider supports (PATCH, filter; no bulk, sort, etag, password change). */
export function serviceProviderConfig(base: string) {
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 1000 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: "oauthbearertoken", name: "Bearer token", description: "The directory's bearer token", primary: true },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${base}/ServiceProviderConfig` },
  };
}

export function resourceTypes(base: string) {
  return [
    {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
      id: "User",
      name: "User",
      endpoint: "/Users",
      schema: USER_SCHEMA,
      schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }],
      meta: { resourceType: "ResourceType", location: `${base}/ResourceTypes/User` },
    },
    {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
      id: "Group",
      name: "Group",
      endpoint: "/Groups",
      schema: GROUP_SCHEMA,
      meta: { resourceType: "ResourceType", location: `${base}/ResourceTypes/Group` },
    },
  ];
}

const attr = (name: string, type = "string", extra: Record<string, unknown> = {}) => ({
  name,
  type,
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: "readWrite",
  returned: "default",
  uniqueness: "none",
  ...extra,
});

export function schemas(base: string) {
  return [
    {
      id: USER_SCHEMA,
      name: "User",
      attributes: [
        attr("userName", "string", { required: true, uniqueness: "server" }),
        attr("externalId", "string", { caseExact: true }),
        attr("name", "complex", { subAttributes: [attr("givenName"), attr("familyName"), attr("formatted")] }),
        attr("displayName"),
        attr("emails", "complex", {
          multiValued: true,
          subAttributes: [attr("value"), attr("type"), attr("primary", "boolean")],
        }),
        attr("active", "boolean"),
        attr("groups", "complex", { multiValued: true, mutability: "readOnly" }),
      ],
      meta: { resourceType: "Schema", location: `${base}/Schemas/${USER_SCHEMA}` },
    },
    {
      id: ENTERPRISE_SCHEMA,
      name: "EnterpriseUser",
      attributes: [
        attr("employeeNumber"),
        attr("department"),
        attr("manager", "complex", { subAttributes: [attr("value")] }),
      ],
      meta: { resourceType: "Schema", location: `${base}/Schemas/${ENTERPRISE_SCHEMA}` },
    },
    {
      id: GROUP_SCHEMA,
      name: "Group",
      attributes: [
        attr("displayName", "string", { required: true }),
        attr("members", "complex", { multiValued: true }),
      ],
      meta: { resourceType: "Schema", location: `${base}/Schemas/${GROUP_SCHEMA}` },
    },
  ];
}

export const listOf = (resources: unknown[]) => ({
  schemas: [LIST],
  totalResults: resources.length,
  startIndex: 1,
  itemsPerPage: resources.length,
  Resources: resources,
});
