/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- a benchmark script */
import path from 'node:path';

import type { INodeProperties } from 'n8n-workflow';

import type { PeerScenario, SideKind } from './scenarios';

export const PACKAGE = 'n8n-nodes-messaging-suite';
export const NODE_UNDER_TEST = 'Under test';

export const CREDENTIALS = {
	weni: { id: 'msuitePeerWeni01', name: 'Weni (bench)', type: 'weniApi' },
	spoki: { id: 'msuitePeerSpoki1', name: 'Spoki (bench)', type: 'spokiApi' },
	weniHeader: { id: 'msuitePeerHdrW01', name: 'Weni header (bench)', type: 'httpHeaderAuth' },
	spokiHeader: { id: 'msuitePeerHdrS01', name: 'Spoki header (bench)', type: 'httpHeaderAuth' },
};

export function credentialsFile(baseUrl: string, keys: { weni: string; spoki: string }) {
	return [
		// The fake speaks RapidPro API v2 (messages.json); forced where the credential offers the choice.
		{ ...CREDENTIALS.weni, data: { apiToken: keys.weni, baseUrl, apiFlavour: 'rapidpro' } },
		{ ...CREDENTIALS.spoki, data: { apiKey: keys.spoki, baseUrl } },
		{ ...CREDENTIALS.weniHeader, data: { name: 'Authorization', value: `Token ${keys.weni}` } },
		{ ...CREDENTIALS.spokiHeader, data: { name: 'X-Spoki-Api-Key', value: keys.spoki } },
	];
}

/** Where the "Requests in Parallel" option sits in a built node's parameters, if it exists yet. */
export interface ParallelOption {
	/** The collection holding it, or undefined for a top-level parameter. */
	collection?: string;
	name: string;
}

/** What the bench needs to know of the installed node's description. */
export interface NodeShape {
	/** Where "Requests in Parallel" sits, if the package has it. */
	parallel?: ParallelOption;
	/** Top-level parameters that are Resource Locators (given as `{ __rl, mode: 'id', value }`). */
	locators: string[];
}

/** Reads the installed package's node description: "Requests in Parallel" (the lead adds it) and Resource Locators. */
export function inspectNode(installedPackageDir: string, provider: 'weni' | 'spoki'): NodeShape {
	const file = path.join(
		installedPackageDir,
		'dist/nodes',
		provider === 'weni' ? 'Weni/Weni.node.js' : 'Spoki/Spoki.node.js',
	);
	// The installed package has no n8n-workflow of its own (n8n provides it): lend ours.
	process.env.NODE_PATH = path.resolve(__dirname, '../../node_modules');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	(require('node:module') as { Module: { _initPaths(): void } }).Module._initPaths();
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const mod = require(file) as Record<
		string,
		new () => { description: { properties: INodeProperties[] } }
	>;
	const NodeClass = Object.values(mod).find((v) => typeof v === 'function');
	const shape: NodeShape = { locators: [] };
	if (!NodeClass) return shape;
	const wanted = (p: { displayName?: string }) =>
		/^requests in parallel$/i.test(String(p.displayName ?? ''));
	for (const property of new NodeClass().description.properties) {
		if (property.type === 'resourceLocator') shape.locators.push(property.name);
		if (wanted(property)) shape.parallel ??= { name: property.name };
		if (property.type === 'collection') {
			const inner = (property.options ?? []).find((o) => wanted(o as { displayName?: string })) as
				| INodeProperties
				| undefined;
			if (inner) shape.parallel ??= { collection: property.name, name: inner.name };
		}
	}
	return shape;
}

function makeItems(s: PeerScenario): string {
	const item =
		s.provider === 'weni'
			? "({ json: { urn: 'whatsapp:55829' + String(i).padStart(8, '0'), text: 'Campaign message #' + i } })"
			: "({ json: { phone: '+39333' + String(i).padStart(7, '0'), firstName: 'Lead ' + i } })";
	return `return Array.from({ length: ${s.items} }, (_, i) => ${item});`;
}

function ourNode(s: PeerScenario, shape: NodeShape, serial: boolean) {
	const parallel = shape.parallel;
	const parameters: Record<string, unknown> =
		s.operation === 'weniSend'
			? {
					resource: 'message',
					operation: 'send',
					contact: '={{ $json.urn }}',
					text: '={{ $json.text }}',
				}
			: s.operation === 'spokiTemplate'
				? {
						resource: 'message',
						operation: 'sendTemplate',
						phone: '={{ $json.phone }}',
						templateId: '7',
						language: 'IT',
					}
				: {
						resource: 'contact',
						operation: 'upsert',
						phone: '={{ $json.phone }}',
						additionalFields: { firstName: '={{ $json.firstName }}' },
					};
	for (const name of shape.locators) {
		if (typeof parameters[name] === 'string')
			parameters[name] = { __rl: true, mode: 'id', value: parameters[name] };
	}
	if (serial && parallel) {
		if (parallel.collection) {
			parameters[parallel.collection] = {
				...((parameters[parallel.collection] as object) ?? {}),
				[parallel.name]: 1,
			};
		} else parameters[parallel.name] = 1;
	}
	const credential = s.provider === 'weni' ? CREDENTIALS.weni : CREDENTIALS.spoki;
	return {
		type: `${PACKAGE}.${s.provider}`,
		typeVersion: 1,
		parameters,
		credentials: { [credential.type]: { id: credential.id, name: credential.name } },
	};
}

/** n8n's HTTP Request node (v4.5, the default) with a Header Auth credential, the same body as our node sends. */
function httpNode(s: PeerScenario, baseUrl: string, batched: boolean) {
	const [url, body] =
		s.operation === 'weniSend'
			? ['/api/v2/messages.json', '{{ JSON.stringify({ contact: $json.urn, text: $json.text }) }}']
			: s.operation === 'spokiTemplate'
				? [
						'/api/1/messages/send/',
						"{{ JSON.stringify({ type: 'Template', phone: $json.phone, template: 7, language: 'IT' }) }}",
					]
				: [
						'/api/1/contacts/sync/',
						'{{ JSON.stringify({ phone: $json.phone, first_name: $json.firstName }) }}',
					];
	const credential = s.provider === 'weni' ? CREDENTIALS.weniHeader : CREDENTIALS.spokiHeader;
	const options: Record<string, unknown> = {};
	if (batched && s.httpBatch)
		options.batching = {
			batch: { batchSize: s.httpBatch.size, batchInterval: s.httpBatch.intervalMs },
		};
	return {
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.5,
		parameters: {
			method: 'POST',
			url: `${baseUrl}${url}`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpHeaderAuth',
			sendBody: true,
			specifyBody: 'json',
			jsonBody: `=${body}`,
			options,
		},
		credentials: { httpHeaderAuth: { id: credential.id, name: credential.name } },
	};
}

/** Manual Trigger → Code node making the items → the node under test (failed items become error items). */
export function workflow(
	id: string,
	s: PeerScenario,
	side: SideKind,
	baseUrl: string,
	shape: NodeShape,
) {
	const under =
		side === 'ours' || side === 'oursSerial'
			? ourNode(s, shape, side === 'oursSerial')
			: httpNode(s, baseUrl, side === 'httpBatched');
	return {
		id,
		name: `bench ${s.id} ${side}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: `${id}-t`,
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: `${id}-c`,
				name: 'Make items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
				parameters: { jsCode: makeItems(s) },
			},
			{
				id: `${id}-n`,
				name: NODE_UNDER_TEST,
				position: [440, 0],
				onError: 'continueRegularOutput',
				...under,
			},
		],
		connections: {
			Start: { main: [[{ node: 'Make items', type: 'main', index: 0 }]] },
			'Make items': { main: [[{ node: NODE_UNDER_TEST, type: 'main', index: 0 }]] },
		},
	};
}
