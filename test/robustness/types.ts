import type { IDataObject } from 'n8n-workflow';

import type { FakeResponse, FakeServer } from '../fakes/server';
import type { ActiveTrigger } from '../harness/trigger';

/** Which parameters of an operation carry which kind of value (dotted paths reach into collections). */
export interface FieldKinds {
	/** Required: an empty or blank value must be refused. */
	required?: string[];
	phones?: string[];
	emails?: string[];
	urls?: string[];
	/** Closed lists of values. */
	enums?: string[];
	/** Ids placed in the URL path. */
	ids?: string[];
	numbers?: string[];
	dates?: string[];
	/** URNs (scheme:path). */
	urns?: string[];
	/** Free text with a maximum length the node enforces. */
	texts?: string[];
	/** JSON parameters. */
	json?: string[];
	/** Yes/no values (a boolean, or "true"/"false" from an expression). */
	booleans?: string[];
}

export interface OperationCase {
	/** resource:operation */
	name: string;
	/** Valid parameters (resource and operation included) that succeed against the fake. */
	params: IDataObject;
	fields: FieldKinds;
	/** Input items when the operation needs them (bulk paths). */
	items?: IDataObject[];
	/** The documented path an id may not escape: the request path must match it. */
	path?: RegExp;
	/** Reads a valid run makes once before its writes (a template looked up to check it). */
	readsFirst?: number;
	/**
	 * The operation reads its first item only and then waits (Send and Wait, as n8n's own nodes):
	 * no second item is tried, and its valid run is left to the wait tests.
	 */
	firstItemOnly?: boolean;
	/** Another API key the operation needs to succeed (Spoki's partner key), in place of `key`. */
	key?: string;
}

export interface TriggerCase {
	type: string;
	parameters: IDataObject;
	/** A delivery the provider would send, accepted by the trigger. */
	valid(trigger: ActiveTrigger): {
		body: unknown;
		raw?: string;
		headers?: Record<string, string>;
		query?: Record<string, string>;
		url?: string;
	};
	/** Deliveries that must start nothing, by name (forged, unsigned, stale, replayed, ...). */
	rejected(trigger: ActiveTrigger): Record<
		string,
		{
			body: unknown;
			raw?: string;
			headers?: Record<string, string>;
			query?: Record<string, string>;
			url?: string;
			replayOfValid?: boolean;
		}
	>;
	/** Subscriptions currently registered at the fake. */
	subscriptions(): number;
	/** The URLs the fake holds for them (where the provider delivers). */
	registeredUrls(): string[];
	/** Removes one subscription on the provider's side (as if deleted there). */
	dropOne(): void;
	/** Matches the requests that register and that remove a subscription. */
	isCreate(method: string, path: string): boolean;
	isDelete(method: string, path: string): boolean;
	/** Parameters selecting several events/units, so that activation makes several registrations. */
	multiParameters?: IDataObject;
}

export interface ProviderCases {
	provider: string;
	nodeType: string;
	credentialType: string;
	fake: FakeServer;
	/** The API key the fake accepts (must never appear in any output). */
	key: string;
	credentials(baseUrl: string): IDataObject;
	/** The provider's error body for a status and message, as the fake sends it. */
	errorBody(status: number, message: string): unknown;
	operations: OperationCase[];
	/**
	 * Operations (resource:operation) of the node that have no case yet, named
	 * so that the gap is visible; the suite fails on any operation neither
	 * listed here nor in `operations`.
	 */
	withoutCase?: string[];
	/** A read and a write used for the fault matrix. */
	faultRead: OperationCase;
	faultWrite: OperationCase;
	/** How the fake answers anything else (for faults it is overridden). */
	faults?: FakeResponse[];
	trigger: TriggerCase;
}
