/** Query keys of the owner's own account (decision 0050). */
export const accountKeys = {
  all: ['account'] as const,
  secondFactor: () => [...accountKeys.all, 'second-factor'] as const,
};
