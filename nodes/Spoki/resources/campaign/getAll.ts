import type { IDataObject } from 'n8n-workflow';

import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';
import { dateTimeField } from '../../../shared/descriptions';

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const getAll = getMany({
	action: 'Get many campaigns',
	description: 'List campaigns, optionally those scheduled within a period',
	filters: [
		dateTimeField(
			'Scheduled After',
			'scheduledAfter',
			'Only campaigns scheduled at or after this time',
		),
		dateTimeField(
			'Scheduled Before',
			'scheduledBefore',
			'Only campaigns scheduled at or before this time',
		),
	],
	read: async (op) => {
		const p = op.params;
		const f = p.collection('filters');
		const at = (name: string) => {
			const iso = p.checkDate(name, f[name]);
			return iso === undefined ? undefined : Date.parse(iso);
		};
		const after = at('scheduledAfter');
		const before = at('scheduledBefore');
		if (after !== undefined && before !== undefined && after > before) {
			throw p.invalid('scheduledBefore', 'must not be earlier than "Scheduled After"');
		}
		// The sources disagree on these filters: "date in YYYY-MM-DD format"
		// (MambuSRL/spoki_whatsapp src/Api/Campaigns.php, from Spoki's collection)
		// or ISO 8601 (Composio's Spoki tool descriptions). A bare date is accepted by a
		// date filter and by a date-time one, so Spoki is asked for whole days, one
		// more on each side for its unknown timezone, and the exact times are kept here.
		const qs: IDataObject = {};
		if (after !== undefined) qs.scheduled_datetime_gte = day(after - DAY_MS);
		if (before !== undefined) qs.scheduled_datetime_lte = day(before + DAY_MS);
		return await op.list(
			{ method: 'GET', path: `${API}/campaigns/`, qs },
			drfPages(),
			(campaign) => {
				const when = Date.parse(String(campaign.scheduled_datetime ?? ''));
				if (Number.isNaN(when)) return after === undefined && before === undefined;
				return (after === undefined || when >= after) && (before === undefined || when <= before);
			},
		);
	},
});
