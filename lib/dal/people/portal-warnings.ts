import "server-only";
/** The warnings an inviter sees before and after sending: an empty or suspended portal. */
export function portalWarnings(client: { name: string; portalAccess: string; emptyPortal: boolean }): string[] {
  return [
    ...(client.emptyPortal
      ? [
          `Every section of ${client.name}'s portal is switched off: this user would see an empty portal until you switch some on.`,
        ]
      : []),
    ...(client.portalAccess !== "enabled"
      ? [`${client.name}'s portal is suspended: this user cannot sign in until you restore it.`]
      : []),
  ];
}
