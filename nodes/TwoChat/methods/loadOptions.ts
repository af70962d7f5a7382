import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { apiRequest } from '../../shared/transport';
import { apiRequestAllItems, itemsAt } from '../../shared/pagination';
import { toE164 } from '../../shared/validation';
import { pagedBy, twoChat } from '../provider';
import { locatorValue } from '../../shared/params';

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
	const from = String(locatorValue(raw) ?? '').trim();
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

/**
 * "Name (+phone)", or the phone alone when the name is the number (2Chat's default friendly name),
 * marked when `status_text` is not ACTIVE (AWAITING_REGISTRATION, PENDING_ACTIVATION,
 * PENDING_CANCELLATION, RELEASED: agent-skills 2chat-calls; docs Phone-Calls/list-virtual-numbers).
 */
function virtualLabel(n: IDataObject): string {
	const phone = String(n.phone_number ?? '');
	const name = String(n.friendly_name ?? '').trim();
	const base = name && name !== phone ? `${name} (${phone})` : phone || String(n.uuid);
	const state = typeof n.status_text === 'string' ? n.status_text : '';
	return state && state !== 'ACTIVE' ? `${base} · ${state.toLowerCase().replace(/_/g, ' ')}` : base;
}

/**
 * The account's virtual phone numbers, valued by UUID (DID…), for phone-call webhooks:
 * GET /voip/virtual-numbers, `page_number` / `results_per_page`, answer
 * `{success, count, page, numbers:[{uuid, phone_number, friendly_name, status_text, …}]}`
 * (developers.2chat.co/docs/API/Phone-Calls/list-virtual-numbers; agent-skills 2chat-calls;
 * 2ChatCo/2chat-n8n nodes/TwoChat/v1/methods/loadOptions.ts getVirtualNumbers reads the same `numbers`).
 */
export async function getVirtualNumbers(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const numbers = await apiRequestAllItems(
		this,
		twoChat,
		{ method: 'GET', path: '/voip/virtual-numbers' },
		pagedBy('numbers'),
	);
	return numbers
		.map((n) => ({ name: virtualLabel(n), value: String(n.uuid) }))
		.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
}
