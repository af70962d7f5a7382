import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../shared/operation';
import { pages } from '../shared/pagination';
import type { ApiRequest } from '../shared/transport';
import { drfPages, spoki } from './provider';

/**
 * A DRF list narrowed on our side by `keep`, honouring Return All / Limit on
 * the kept items: used where Spoki's own filter is coarser than the user's
 * (custom fields by code or label, campaign dates read two ways).
 */
export async function listWhere(
	op: OperationContext,
	req: ApiRequest,
	keep: (item: IDataObject) => boolean,
): Promise<IDataObject[]> {
	const p = op.params;
	const limit = p.boolean('returnAll', false)
		? Infinity
		: (p.number('limit', { required: true, min: 1, integer: true }) ?? 50);
	const kept: IDataObject[] = [];
	for await (const batch of pages(op.ctx, spoki, req, drfPages(), undefined, op.itemIndex)) {
		for (const item of batch) {
			if (!keep(item)) continue;
			kept.push(item);
			if (kept.length >= limit) return kept;
		}
	}
	return kept;
}
