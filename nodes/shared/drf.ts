import type { IDataObject } from 'n8n-workflow';

/**
 * The window lengths of a Django REST Framework throttle rate: `parse_rate` reads "N/s", "N/m",
 * "N/h" or "N/d" as N requests per 1, 60, 3,600 or 86,400 seconds (encode/django-rest-framework
 * rest_framework/throttling.py SimpleRateThrottle.parse_rate; RapidPro's and Weni Flows'
 * OrgUserRateThrottle, a ScopedRateThrottle, keep it: temba/api/support.py in nyaruka/rapidpro
 * and weni-ai/flows).
 */
export const DRF_THROTTLE_SPANS_MS = [1_000, 60_000, 3_600_000, 86_400_000];

/**
 * Collects the messages of a Django REST Framework error body, each named by
 * the field it concerns: `{"detail": "…"}`, `{"non_field_errors": ["…"]}`,
 * `{"field": ["…"]}`, a list field's `{"urns": {"0": ["…"]}}` and a list
 * serializer's `[{}, {"phone": ["…"]}]` (entries named by index).
 */
function collect(
	value: unknown,
	where: string,
	out: string[],
	entryName?: (index: number) => string | undefined,
): void {
	if (value === null || value === undefined) return;
	if (typeof value !== 'object') {
		const text = String(value).trim();
		const at = where.endsWith(':') ? where.slice(0, -1) : where;
		if (text) out.push(at ? `${at}: ${text}` : text);
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((entry, i) => {
			const named = where === '' ? entryName?.(i) : undefined;
			const scope = named === undefined ? `${where}[${i}]` : `${named}:`;
			collect(entry, entry !== null && typeof entry === 'object' ? scope : where, out);
		});
		return;
	}
	for (const [key, inner] of Object.entries(value as IDataObject)) {
		const scoped =
			key === 'detail' || key === 'non_field_errors'
				? where
				: /^\d+$/.test(key)
					? `${where}[${key}]`
					: where.endsWith(':')
						? `${where} ${key}`
						: where
							? `${where}.${key}`
							: key;
		collect(inner, scoped, out);
	}
}

/**
 * A DRF error body in one line (at most `max` messages), or undefined when it
 * says nothing. `entryName` names the entries of a list serializer's body
 * (e.g. by the n8n item each one came from) instead of `[index]`.
 */
export function drfErrorMessage(
	body: unknown,
	max = 5,
	entryName?: (index: number) => string | undefined,
): string | undefined {
	if (!body || typeof body !== 'object') return undefined;
	const out: string[] = [];
	collect(body, '', out, entryName);
	if (out.length === 0) return undefined;
	const shown = out.slice(0, max).join('; ');
	return out.length > max ? `${shown}; and ${out.length - max} more` : shown;
}
