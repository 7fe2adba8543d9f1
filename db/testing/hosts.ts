import { getConfig } from "@/lib/config";

/** The hosts a request may come in on, as the test configuration defines them. */
export const testHosts = () => {
  const { appHost, portalRootDomain } = getConfig();
  return { console: appHost, acme: `acme.${portalRootDomain}`, globex: `globex.${portalRootDomain}` };
};
