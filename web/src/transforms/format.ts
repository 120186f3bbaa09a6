/** Formats a number with about three significant digits, thousands grouped ("1,234", "12.3", "0.456"). */
export function formatNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return Math.round(value).toLocaleString('en-US');
  if (abs === 0) return '0';
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: Math.min(decimals, 4) });
}

/** Formats a share (0..1) as a percentage ("42%", "3.5%"). */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  const pct = share * 100;
  return `${Math.abs(pct) < 10 && pct !== 0 ? pct.toFixed(1) : Math.round(pct)}%`;
}

/** Formats hours, adding days for long spans ("5.2 h", "126 h (5.3 d)"). */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '–';
  const h = `${formatNumber(hours)} h`;
  return Math.abs(hours) >= 48 ? `${h} (${formatNumber(hours / 24, 2)} d)` : h;
}

/** Formats minutes since the scenario start as an ISO-like UTC instant ("2026-03-02 14:05 UTC"). */
export function formatInstant(originMs: number, minutes: number): string {
  const d = new Date(originMs + minutes * 60_000);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Formats an instant in a person's time zone ("Tue 16:05 Europe/Berlin"). */
export function formatLocal(originMs: number, minutes: number, tz: string): string {
  const d = new Date(originMs + minutes * 60_000);
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
  return `${text} ${tz}`;
}
