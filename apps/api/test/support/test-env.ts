export const TEST_APP_PASSWORD = 'elderwork-app-test';

export function testOwnerUrl(): string {
  const url = process.env['ELDERWORK_TEST_OWNER_URL'];
  if (!url) throw new Error('ELDERWORK_TEST_OWNER_URL missing: run through jest (global-setup)');
  return url;
}
