// The seed sets demo clients up the way the console's "New client" does.
export { snapshotAgainstDefaults as permissionsAgainstDefaults } from "@/lib/authz/stored-permissions";
