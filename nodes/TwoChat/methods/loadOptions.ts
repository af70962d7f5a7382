import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequest } from '../../shared/transport';
import { apiRequestAllItems, itemsAt } from '../../shared/pagination';
import { toE164 } from '../../shared/validation';
import { pagedBy, twoChat } from '../provider';

async function connectedNumbers(ctx: ILoadOptionsFunctions): Promise<IDataObject[]> {
	return await apiRequestAllItems(
		ctx,
		twoChat,
		{ method: 'GET', path: '/whatsapp/get-numbers', qs: { status: 'all' } },
		pagedBy('numbers'),
	);
}

function label(n: IDataObject): string {
	const phone = String(n.phone_number ?? '');
	const name = String(n.friendly_name ?? '').trim();
	return name ? `${name} (${phone})` : phone;
}

export async function getNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await connectedNumbers(this)).map((n) => ({
		name: label(n),
		value: String(n.phone_number),
	}));
}

export async function getGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	// The action node names the number `fromNumber`, the trigger `onNumber`.
	// In the action node From Number is a Resource Locator: its `value` is the number.
	const raw = (this.getCurrentNodeParameter('fromNumber') ??
		this.getCurrentNodeParameter('onNumber') ??
		'') as unknown;
	const from = String(
		raw !== null && typeof raw === 'object' ? ((raw as IDataObject).value ?? '') : raw,
	).trim();
	// Literal `+` in the path, as 2Chat documents it (see ../readers.ts); an unfinished number lists nothing.
	const phone = toE164(from);
	if (!phone) return [];
	const body = await apiRequest(this, twoChat, {
		method: 'GET',
		path: `/whatsapp/groups/${phone}`,
	});
	return itemsAt(
		'data',
		'groups',
	)(body).map((g) => ({
		name: String(g.wa_group_name ?? g.uuid),
		value: String(g.uuid),
	}));
}
