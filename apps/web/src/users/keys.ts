/** Query keys of the accounts pages (decision 0050). */
export const userKeys = {
  all: ['users'] as const,
  /** The accounts shown; `orgUnitCode` '' for all in the caller's scope. */
  list: (orgUnitCode: string) => [...userKeys.all, 'list', orgUnitCode] as const,
};
