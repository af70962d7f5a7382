/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test harness, not node code */
import type { IDataObject } from 'n8n-workflow';

import type { FakeServer } from '../fakes/server';
import { pkg } from './package';
import type { Delivery } from './trigger';
import { ActiveTrigger, KeyRotationProxy } from './trigger';

/** A provider's side of the activation race: its fake, what it holds, how it delivers. */
export interface RaceCase {
	fake: FakeServer;
	/** The trigger's node type (as registered in the package) and parameters. */
	type: string;
	parameters: IDataObject;
	/** The subscriptions the fake holds now, oldest first. */
	registered(): Array<{ id: string; url: string }>;
	/** A delivery as the provider sends it to one of its subscriptions (a new event for each n). */
	delivery(
		url: string,
		n: number,
	): { body: unknown; raw?: string; headers?: Record<string, string> };
	credentialType: string;
	/** The credential with another key (what the user types after a rotation). */
	credential(key: string, baseUrl: string): IDataObject;
	key: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, probe: () => boolean, ms = 10_000): Promise<void> {
	const end = Date.now() + ms;
	while (!probe()) {
		if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
		await sleep(5);
	}
}

export interface RaceResult {
	/** Statuses of the deliveries sent while activation ran, after a key change, and while re-activation ran. */
	duringActivation: number[];
	afterKeyChange: number[];
	duringReactivation: number[];
	afterReactivation: number[];
	executions: number;
	/** Subscription ids at the fake before deactivation, the ids it was asked to delete, and what is left. */
	registeredBefore: string[];
	deleted: string[];
	left: number;
}

/**
 * The activation race, ordered so it happens every time: the fake holds its
 * answers while deliveries arrive (each has loaded its copy of the static
 * data), and every delivery's save lands after activation's save. Then the
 * key changes, then n8n activates again with the new key (a restart) while
 * deliveries on the subscription the provider still holds arrive, then the
 * workflow is deactivated.
 */
export async function activationRace(
	c: RaceCase,
	typeVersion: number,
	perPhase = 4,
): Promise<RaceResult> {
	const proxy = new KeyRotationProxy(c.fake.baseUrl);
	const base = await proxy.start();
	const trigger = new ActiveTrigger(pkg, {
		type: c.type,
		parameters: c.parameters,
		credentials: { [c.credentialType]: c.credential(c.key, base) },
		typeVersion,
	});
	await trigger.start();
	let n = 0;
	const send = (url: string): Promise<Delivery> => {
		const d = c.delivery(url, n++);
		return trigger.deliver(d.body, { url, raw: d.raw, headers: d.headers });
	};
	const statuses = async (sent: Array<Promise<Delivery>>) =>
		(await Promise.all(sent)).map((d) => d.status);

	/** Runs `activate` with the fake holding its answers (to `held` methods) and deliveries to `target()` arriving meanwhile. */
	const racing = async (
		held: (method: string) => boolean,
		ready: () => boolean,
		target: () => string,
	) => {
		const releaseAnswers = c.fake.holdAnswers((r) => held(r.method));
		const releaseSaves = trigger.holdSaves();
		const activation = trigger.activate();
		let sent: Array<Promise<Delivery>> = [];
		try {
			await until('the provider to get the activation request', ready);
			const loaded = trigger.loadedDeliveries;
			sent = Array.from({ length: perPhase }, () => send(target()));
			await until('the deliveries to arrive', () => trigger.loadedDeliveries >= loaded + perPhase);
		} finally {
			releaseAnswers();
			await activation.finally(releaseSaves);
		}
		return await statuses(sent);
	};

	try {
		// A first activation: deliveries arrive once the provider registered the URL, before it answers.
		const duringActivation = await racing(
			(method) => method === 'POST',
			() => c.registered().length > 0,
			() => c.registered()[0].url,
		);

		// The user replaces the key; the provider knows the new one.
		const rotated = `rotated-${c.key}`;
		proxy.keys.set(rotated, c.key);
		trigger.setCredential(c.credentialType, c.credential(rotated, base));
		const afterKeyChange = await statuses(
			Array.from({ length: perPhase }, () => send(c.registered()[0].url)),
		);

		// n8n activates again (a restart): deliveries on the subscription the provider holds arrive meanwhile.
		const requests = c.fake.requests.length;
		const oldUrl = c.registered()[0].url;
		const duringReactivation = await racing(
			() => true,
			() => c.fake.requests.length > requests,
			() => oldUrl,
		);
		const afterReactivation = await statuses(c.registered().map((s) => send(s.url)));

		const registeredBefore = c.registered().map((s) => s.id);
		const deletes = c.fake.requests.length;
		await trigger.deactivate();
		const deleted = c.fake.requests
			.slice(deletes)
			.filter((r) => r.method === 'DELETE')
			.map((r) => {
				const query = Object.values(r.query ?? {}).map(String);
				const id = registeredBefore.find((i) => r.path.includes(i) || query.includes(i));
				return id ?? r.path;
			});
		return {
			duringActivation,
			afterKeyChange,
			duringReactivation,
			afterReactivation,
			executions: trigger.executions.length,
			registeredBefore,
			deleted,
			left: c.registered().length,
		};
	} finally {
		await trigger.stop();
		await proxy.stop();
	}
}

/** What every trigger must show after the race: nothing refused, each delivery run once, nothing left behind. */
export function expectNoRace(result: RaceResult, perPhase = 4): void {
	const ok = (count: number) => Array.from({ length: count }, () => 200);
	expect(result).toEqual({
		duringActivation: ok(perPhase),
		afterKeyChange: ok(perPhase),
		duringReactivation: ok(perPhase),
		afterReactivation: ok(result.registeredBefore.length),
		executions: 3 * perPhase + result.registeredBefore.length,
		registeredBefore: result.registeredBefore,
		deleted: result.registeredBefore,
		left: 0,
	});
	expect(result.registeredBefore.length).toBeGreaterThan(0);
}
