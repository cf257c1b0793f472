const number = new Intl.NumberFormat('th-TH');

/** One headline number with its label and unit; a string value is shown as already formatted (money). */
export function Stat({ label, value, unit, testId }: { label: string; value: number | string; unit: string; testId: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">
        {typeof value === 'number' ? number.format(value) : value} <small>{unit}</small>
      </span>
    </div>
  );
}
