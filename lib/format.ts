const pad = (n: number) => String(n).padStart(2, '0');

/** A date in one of the contact's date formats (yyyy-MM-dd, MM/dd/yyyy, dd/MM/yyyy, dd.MM.yyyy), in UTC. */
export function formatDate(date: Date, format: string): string {
  const parts: Record<string, string> = { yyyy: String(date.getUTCFullYear()), MM: pad(date.getUTCMonth() + 1), dd: pad(date.getUTCDate()) };
  return format.replace(/yyyy|MM|dd/g, (token) => parts[token]);
}

/** A time in the contact's time format: 24-hour `HH:mm` or 12-hour `h:mm a`, in UTC. */
export function formatTime(date: Date, format: string): string {
  const h = date.getUTCHours();
  const m = pad(date.getUTCMinutes());
  return format === 'h:mm a' ? `${h % 12 || 12}:${m} ${h < 12 ? 'AM' : 'PM'}` : `${pad(h)}:${m}`;
}

export function formatDateTime(date: Date, formats: { dateFormat: string; timeFormat: string }): string {
  return `${formatDate(date, formats.dateFormat)} ${formatTime(date, formats.timeFormat)} UTC`;
}

/** A number in the contact's number format: 1,234.56 — 1.234,56 — 1 234,56. */
export function formatNumber(value: number, format: string, decimals = 2): string {
  const [group, decimal] = format === '1.234,56' ? ['.', ','] : format === '1 234,56' ? ['\u202f', ','] : [',', '.'];
  const [int, frac] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${value < 0 ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

/** A label with its `{name}` placeholders filled in. */
export const fill = (label: string, values: Record<string, string | number>) =>
  label.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
