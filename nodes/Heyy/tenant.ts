import type { IDataObject } from 'n8n-workflow';

import type { RequestContext } from '../shared/transport';
import { perRun } from '../shared/perRun';
import { apiRequest, credentialState } from '../shared/transport';
import { itemError } from '../shared/validation';
import { dataItems, heyy, unwrap } from './provider';

async function discover(ctx: RequestContext, itemIndex: number): Promise<string | undefined> {
	// Every workspace object carries its tenantId; channels exist in every workspace that can message.
	const channels = dataItems('channels')(
		await apiRequest(ctx, heyy, { method: 'GET', path: '/channels' }, itemIndex),
	);
	const fromChannel = channels
		.map((c) => c.tenantId)
		.find((t) => typeof t === 'string' && t !== '');
	if (fromChannel) return String(fromChannel);
	const business = unwrap(
		await apiRequest(ctx, heyy, { method: 'GET', path: '/business' }, itemIndex),
	);
	const fromBusiness = business.tenantId ?? business.id;
	return typeof fromBusiness === 'string' && fromBusiness !== '' ? fromBusiness : undefined;
}

/**
 * The tenant (workspace) ID creating a webhook needs: the value given, else
 * the credential's Tenant ID, else read from the workspace through the API.
 */
export async function tenantId(
	ctx: RequestContext,
	given: string | undefined,
	itemIndex = 0,
): Promise<string> {
	if (given) return given;
	const credential = await credentialState(ctx, heyy);
	const configured = String((credential.data as IDataObject).tenantId ?? '').trim();
	if (configured) return configured;
	// One discovery per node run (or per trigger activation), not per item or event type.
	const found = await perRun(ctx, 'heyy-tenant', async () => await discover(ctx, itemIndex));
	if (!found) {
		throw itemError(
			ctx.getNode(),
			itemIndex,
			'Could not find the Heyy tenant ID',
			'Enter it as Tenant ID in the Heyy API credential.',
		);
	}
	return found;
}
