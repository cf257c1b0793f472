export function thai(): string {
  return 'thai';
}
