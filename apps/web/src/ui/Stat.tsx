const number = new Intl.NumberFormat('th-TH');

/** One headline number with its label and unit. */
export function Stat({ label, value, unit, testId }: { label: string; value: number; unit: string; testId: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">
        {number.format(value)} <small>{unit}</small>
      </span>
    </div>
  );
}
