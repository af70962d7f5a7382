import type { IDataObject } from 'n8n-workflow';

import { drfErrorMessage } from '../shared/drf';
import { itemsAt } from '../shared/pagination';
import type { NextUrlPagination } from '../shared/pagination';
import type { Provider } from '../shared/provider';

/** Weni (RapidPro API v2): `Authorization: Token`, DRF error bodies, cursor pages of 250. */
export const weni: Provider = {
	displayName: 'Weni',
	credentialType: 'weniApi',
	errorMessage: (body) => drfErrorMessage(body),
};

/** The path of a RapidPro API v2 endpoint below the credential's base URL. */
export function endpoint(name: string): string {
	return `/api/v2/${name}.json`;
}

/** DRF cursor pagination: `{next, previous, results}`; `next` is followed verbatim until null. */
export const cursor: NextUrlPagination = {
	type: 'nextUrl',
	items: itemsAt('results'),
	next: (body) => {
		const next = body && typeof body === 'object' ? (body as IDataObject).next : undefined;
		return typeof next === 'string' && next ? next : null;
	},
};
