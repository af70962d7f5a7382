import type { IDataObject } from 'n8n-workflow';

import type { FakeServer } from '../fakes/server';
import { expectDeliveryStatuses } from './expect';
import { type } from './package';
import { activationRace, expectNoRace } from './race';
import type { ActiveTrigger } from './trigger';
import { KeyRotationProxy } from './trigger';

/** A delivery as the provider sends it: the body, and the raw text and headers where it signs. */
export interface ProviderDelivery {
	body: unknown;
	raw?: string;
	headers?: Record<string, string>;
}

/** The part of a provider bed (bed.ts) the trigger cases use. */
export interface TriggerBed {
	fake: FakeServer;
	nodeType: string;
	credentialType: string;
	key: string;
	credentialWith(key: string, baseUrl?: string): IDataObject;
	calls(): string[];
	withTrigger(
		parameters: IDataObject,
		test: (trigger: ActiveTrigger) => Promise<void>,
		credentials?: Record<string, IDataObject>,
	): Promise<void>;
}

/** What the trigger cases every provider shares need of one provider. */
export interface TriggerSpec {
	bed: TriggerBed;
	/** Trigger parameters listening to one event. */
	parameters: IDataObject;
	/** The registrations the fake holds (webhooks, subscribers), oldest first. */
	registered(): Array<{ id: string; url: string }>;
	/** A delivery of a new event for each `n` (so no replay check drops it). */
	delivery(n: number): ProviderDelivery;
	/** The provider's error body for a status and message, as the fake sends it. */
	errorBody(status: number, message: string): unknown;
	/** The path of the provider's registrations (`/api_webhooks/`), as the deletions go to it. */
	hooksPath: string;
}

/** Sends `spec.delivery(n)` to `url` (the URL the provider holds). */
const send = (spec: TriggerSpec, trigger: ActiveTrigger, n: number, url: string) =>
	trigger.deliver(spec.delivery(n).body, { ...spec.delivery(n), url });

/** A deletion the provider answers 503 once is sent again, and nothing is left behind. */
export function deletionRetryCase(spec: TriggerSpec): void {
	test('a deletion that fails once is retried and leaves nothing behind', async () => {
		const { fake } = spec.bed;
		await spec.bed.withTrigger(spec.parameters, async (trigger) => {
			await trigger.activate();
			const response = { status: 503, headers: { 'retry-after': '0' } };
			fake.failNext({ ...response, body: spec.errorBody(503, 'Busy') }, 1, (r) => {
				return r.method === 'DELETE';
			});
			await trigger.deactivate();
			expect(fake.requestsTo('DELETE', spec.hooksPath)).toHaveLength(2);
			expect(spec.registered()).toHaveLength(0);
		});
	});
}

/**
 * Deliveries are checked against what activation stored: valid ones run without reading the
 * credential, `forged` ones (given the URL the provider holds) get their status and run nothing.
 */
export function storedTokenCase(
	spec: TriggerSpec,
	forged: (
		trigger: ActiveTrigger,
		url: string,
	) => Array<{ url: string; status: number; raw?: string }>,
): void {
	test('deliveries are verified against the token stored at activation: no credential read, forged and malformed ones refused first', async () => {
		await spec.bed.withTrigger(spec.parameters, async (trigger) => {
			await trigger.activate();
			const { url } = spec.registered()[0];
			const reads = trigger.credentialReads;
			for (let n = 0; n < 5; n++) expect((await send(spec, trigger, n, url)).status).toBe(200);
			await expectDeliveryStatuses(trigger, spec.delivery(5).body, forged(trigger, url));
			expect(trigger.executions).toHaveLength(5);
			expect(trigger.credentialReads).toBe(reads);
		});
	});
}

/**
 * The user replaces the key (the provider knows the new one): the registered URLs keep working;
 * the next activation replaces the registrations (`reactivation`: the calls it makes), refuses
 * the old URLs, and an activation after that only looks (`unchanged`). `parameters` (several
 * events, say) replace the spec's.
 */
export function keyChangeCase(
	spec: TriggerSpec,
	calls: { reactivation: unknown[]; unchanged: unknown[]; parameters?: IDataObject },
): void {
	test('a key change keeps the registered URLs working; the next activation registers new ones and the old token is refused', async () => {
		const { bed } = spec;
		const proxy = new KeyRotationProxy(bed.fake.baseUrl);
		const base = await proxy.start();
		const credentials = { [bed.credentialType]: bed.credentialWith(bed.key, base) };
		try {
			await bed.withTrigger(
				calls.parameters ?? spec.parameters,
				async (trigger) => {
					await trigger.activate();
					const before = spec.registered();
					const oldUrl = before[0].url;
					expect((await send(spec, trigger, 0, oldUrl)).status).toBe(200);
					const rotated = `rotated-${bed.key}`;
					proxy.keys.set(rotated, bed.key);
					trigger.setCredential(bed.credentialType, bed.credentialWith(rotated, base));
					expect((await send(spec, trigger, 1, oldUrl)).status).toBe(200);
					expect(trigger.executions).toHaveLength(2);

					bed.fake.requests.length = 0;
					await trigger.activate();
					expect(bed.calls()).toEqual(calls.reactivation);
					const after = spec.registered();
					expect(after).toHaveLength(before.length);
					const stale = after.filter((r) => before.some((b) => b.url === r.url));
					expect(stale).toEqual([]);
					expect((await send(spec, trigger, 2, oldUrl)).status).toBe(401);
					expect((await send(spec, trigger, 3, after[0].url)).status).toBe(200);
					expect(trigger.executions).toHaveLength(3);

					bed.fake.requests.length = 0;
					await trigger.activate();
					expect(bed.calls()).toEqual(calls.unchanged);
				},
				credentials,
			);
		} finally {
			await proxy.stop();
		}
	});
}

/**
 * The activation race in both type versions (see race.ts): deliveries while activation runs,
 * a key change, a re-activation; every delivery answered 200, what was registered removed.
 */
export function activationRaceCases(spec: TriggerSpec): void {
	const { bed } = spec;
	test.each([1, 2])(
		'version %i: deliveries while activation runs, a key change, a re-activation: every delivery 200, what was registered removed',
		async (typeVersion) => {
			const result = await activationRace(
				{
					fake: bed.fake,
					type: type(`${bed.nodeType}Trigger`),
					parameters: spec.parameters,
					registered: () => spec.registered(),
					delivery: (_url, n) => spec.delivery(n),
					credentialType: bed.credentialType,
					credential: (key, base) => bed.credentialWith(key, base),
					key: bed.key,
				},
				typeVersion,
			);
			expectNoRace(result);
		},
	);
}

/** Deliveries to the trigger's URL without the right token (none, wrong, of other lengths) get 401. */
export async function expectTokensRefused(trigger: ActiveTrigger, body: unknown): Promise<void> {
	const queries = [{}, { token: 'f'.repeat(64) }, { token: 'f'.repeat(48) }, { token: 'short' }];
	for (const query of queries as Array<Record<string, string>>)
		expect((await trigger.deliver(body, { query })).status).toBe(401);
}

/** After deactivation nothing is stored and n8n no longer serves the webhook: nothing runs. */
export async function expectGone(trigger: ActiveTrigger, body: unknown, token: string) {
	const runs = trigger.executions.length;
	expect(trigger.staticData.subscriptionIds).toBeUndefined();
	expect(trigger.staticData.token).toBeUndefined();
	expect((await trigger.deliver(body, { query: { token } })).status).toBe(404);
	expect(trigger.executions).toHaveLength(runs);
}

/** What the registration cases need beyond TriggerSpec: a provider holding one per event. */
export interface RegistrationSpec extends TriggerSpec {
	/** Trigger parameters listening to two events: two registrations. */
	twoEvents: IDataObject;
	/** Deletes the registration at `index` on the provider's side. */
	drop(index: number): void;
	/** Points the registration at `index` at another URL, as if edited at the provider. */
	redirect(index: number): void;
	/** The URL the trigger registers now. */
	urlOf(trigger: ActiveTrigger): string;
}

/**
 * checkExists only looks (a registration pointing elsewhere reads as missing, nothing is
 * deleted); re-activation replaces our own stale registration instead of orphaning it; and
 * deactivation after the provider deleted one registration (404) still removes the rest.
 */
export function registrationCases(spec: RegistrationSpec): void {
	const { fake } = spec.bed;
	test('checkExists only looks: it never deletes, and re-activation replaces our own stale registration', async () => {
		await spec.bed.withTrigger(spec.parameters, async (trigger) => {
			expect(await trigger.checkExists()).toBe(false); // nothing stored yet: no request
			expect(fake.requests).toHaveLength(0);
			await trigger.activate();
			spec.redirect(0);
			expect(await trigger.checkExists()).toBe(false);
			expect(fake.requestsTo('DELETE', spec.hooksPath)).toHaveLength(0);
			expect(spec.registered()).toHaveLength(1);
			await trigger.activate();
			expect(spec.registered().map((r) => r.url)).toEqual([spec.urlOf(trigger)]);
			await trigger.deactivate();
			expect(spec.registered()).toHaveLength(0);
		});
	});

	test('deactivation when the provider already deleted a registration (404) still removes the rest', async () => {
		await spec.bed.withTrigger(spec.twoEvents, async (trigger) => {
			await trigger.activate();
			spec.drop(0);
			expect(await trigger.checkExists()).toBe(false);
			fake.requests.length = 0;
			await trigger.deactivate();
			expect(fake.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
			expect(spec.registered()).toHaveLength(0);
			expect(trigger.staticData.subscriptionIds).toBeUndefined();
		});
	});
}

/** A provider's shared trigger cases: what sets it apart, where a case applies. */
export interface ProviderTriggerSpec extends TriggerSpec {
	/** One registration per event: the registration cases (see RegistrationSpec). */
	registrations?: Omit<RegistrationSpec, keyof TriggerSpec>;
	/** A provider checking a token in the URL: the forged deliveries it refuses (storedTokenCase). */
	forged?: Parameters<typeof storedTokenCase>[1];
	/** The calls of a re-activation after a key change, and of one after that (keyChangeCase). */
	keyChange?: Parameters<typeof keyChangeCase>[1];
}

/** The trigger cases every provider passes, and those its spec says apply to it. */
export function triggerCases(spec: ProviderTriggerSpec): void {
	deletionRetryCase(spec);
	if (spec.registrations) registrationCases({ ...spec, ...spec.registrations });
	if (spec.forged) storedTokenCase(spec, spec.forged);
	if (spec.keyChange) keyChangeCase(spec, spec.keyChange);
	activationRaceCases(spec);
}
