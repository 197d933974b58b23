// Numbers as a reader expects them in messages and previews: at most six significant digits, no float noise
// (1 − 0.1 + 0.1/4 shows as 0.925, not 0.9249999999999999).
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
