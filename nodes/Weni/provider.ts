import type { IDataObject } from 'n8n-workflow';

import { DRF_THROTTLE_SPANS_MS, drfErrorMessage } from '../shared/drf';
import { sendOutput } from '../shared/objects';
import { itemsAt } from '../shared/pagination';
import type { NextUrlPagination } from '../shared/pagination';
import type { RateLimit } from '../shared/dispatch/limits';
import type { Provider } from '../shared/provider';
import type { ApiRequest } from '../shared/transport';

/**
 * RapidPro throttles per workspace and per scope (`OrgUserRateThrottle`, a DRF
 * ScopedRateThrottle: scopes v2, v2.contacts, v2.messages, v2.broadcasts,
 * v2.runs; temba/api/v2/views.py and temba/settings_common.py in
 * nyaruka/rapidpro; Weni's prod defaults 3000/hour, broadcasts 36000/hour,
 * overridable per workspace with `org.api_rates`). The budget of a workspace
 * is not knowable from outside, so the scopes carry no fixed rate: it is learnt
 * from the 429s of the scope (the window's length is one DRF allows), and a
 * 429 holds back every request of the same scope, and only those.
 */
function weniLimits(req: ApiRequest): RateLimit[] {
	const name = /\/api\/v2\/([a-z_]+)\.json/.exec(req.path ?? req.url ?? '')?.[1] ?? '';
	const scope =
		{
			contacts: 'v2.contacts',
			contact_actions: 'v2.contacts',
			messages: 'v2.messages',
			message_actions: 'v2.messages',
			broadcasts: 'v2.broadcasts',
			// WhatsappBroadcastsEndpoint.throttle_scope (weni-ai/flows temba/api/v2/views.py).
			whatsapp_broadcasts: 'v2.broadcasts',
			runs: 'v2.runs',
		}[name] ?? 'v2';
	return [{ scope, limit: Infinity, perMs: 1, spans: DRF_THROTTLE_SPANS_MS }];
}

/** Weni (RapidPro API v2): `Authorization: Token`, DRF error bodies, cursor pages of 250. */
export const weni: Provider = {
	displayName: 'Weni',
	credentialType: 'weniApi',
	// The "API Flavour" option (auto/rapidpro/flows) is not secret: never redacted from errors.
	publicCredentialFields: ['apiFlavour'],
	errorMessage: (body) => drfErrorMessage(body),
	limits: weniLimits,
	parallel: 25,
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

/**
 * A send's output: the message or broadcast id and its status first. RapidPro
 * answers the Msg or Broadcast it created (MsgReadSerializer / BroadcastReadSerializer:
 * id, status, …; temba/api/v2/serializers.py); Weni Flows the WhatsApp broadcast (id).
 */
export function weniSent(answer: IDataObject): IDataObject {
	return sendOutput(answer, answer.id, answer.status);
}
