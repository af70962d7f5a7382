import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { wholeItems } from '../lists';
import { channelLabel } from './labels';
import { sortByName, text } from '../../shared/listSearch';

/** Channels, labelled by name and number (or type): "Sales (+14155550100)". Used by the Heyy Trigger. */
export async function getChannels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const channels = await wholeItems(this, '/channels', 'channels');
	return sortByName(channels.map((c) => ({ name: channelLabel(c), value: text(c.id) })));
}

/** Labels by name (contacts carry labels as `{name}`). */
export async function getLabelNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const labels = await wholeItems(this, '/labels', 'labels');
	return sortByName(labels.map((l) => ({ name: text(l.name), value: text(l.name) })));
}

/** Attributes by external ID (what contact bodies carry). */
export async function getAttributes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const attributes = await wholeItems(this, '/attributes', 'attributes');
	return sortByName(
		attributes.map((a) => ({
			name: text(a.name) || text(a.externalId),
			value: text(a.externalId),
			description: text(a.description) || undefined,
		})),
	);
}
