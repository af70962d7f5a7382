/** Offset (ms) of a timezone from UTC at an instant. */
function zoneOffset(zone: string, at: number): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(at));
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
	const wall = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second'),
	);
	return wall - Math.floor(at / 1000) * 1000;
}

const NAIVE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * An instant from a Date, a Luxon DateTime (what n8n's date fields and
 * expressions give) or ISO 8601 text. Text without a zone (what n8n's date
 * picker gives) is read in `timezone`, the workflow's; undefined when the
 * value is not a date.
 */
export function toInstant(value: unknown, timezone: string): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toISO?: unknown }).toISO === 'function'
	) {
		const iso = (value as { toISO: () => string | null }).toISO();
		return iso ? new Date(iso) : undefined;
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const naive = NAIVE.exec(text);
	if (naive) {
		const asUtc = Date.parse(`${naive[1]}T${naive[2] ?? '00:00'}Z`);
		if (Number.isNaN(asUtc)) return undefined;
		// Two passes settle the offset across a daylight-saving change.
		let instant = asUtc - zoneOffset(timezone, asUtc);
		instant = asUtc - zoneOffset(timezone, instant);
		return new Date(instant);
	}
	if (!ZONED.test(text)) return undefined;
	const parsed = new Date(text);
	return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
