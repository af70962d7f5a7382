import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { FakeServer } from '../fakes/server';
import type { RunOptions } from './engine';
import { runNode } from './engine';
import { pkg, type } from './package';
import { ActiveTrigger } from './trigger';

export interface BedOptions<F extends FakeServer, A extends unknown[]> {
	/** The provider's fake; one is started per test file. */
	Fake: new (...args: A) => F;
	/** Arguments for the fake's constructor (Weni's URL prefix). */
	args?: A;
	/** The credential type the node uses. */
	credentialType: string;
	/** The node's type name within the package (`heyy`, not the full name). */
	nodeType: string;
	/** The API key (or token) the fake accepts. */
	key: string;
	/** The stored credential values, given the fake's base URL and the key. */
	credentials: (baseUrl: string, key: string) => IDataObject;
	/** More of the fake's state to clear before each test (its registered webhooks, say). */
	reset?: (fake: F) => void;
}

/**
 * A provider's test bed for one test file: its fake started before the tests
 * and stopped after them, requests and faults cleared before each test, and a
 * runner for the provider's node with credentials pointing at the fake.
 */
export function providerBed<F extends FakeServer, A extends unknown[]>(options: BedOptions<F, A>) {
	const bed = {
		fake: new options.Fake(...((options.args ?? []) as A)),
		nodeType: options.nodeType,
		credentialType: options.credentialType,
		key: options.key,
		/** The credential's values with another key or base URL (a rotated key, a proxy). */
		credentialWith: (key: string, baseUrl?: string): IDataObject =>
			options.credentials(baseUrl ?? bed.fake.baseUrl, key),
		/** Credential type → values; set once the fake is listening (tests may adjust them). */
		credentials: {} as Record<string, IDataObject>,
		run: (parameters: IDataObject, runOptions: Partial<RunOptions> = {}) =>
			runNode(pkg, {
				type: type(options.nodeType),
				parameters,
				credentials: bed.credentials,
				...runOptions,
			}),
		/** Runs the node on input items as n8n holds them (JSON and binary). */
		runOn: (
			parameters: IDataObject,
			inputs: INodeExecutionData[],
			runOptions: Partial<RunOptions> = {},
		) => bed.run(parameters, { ...runOptions, inputs }),
		/** Requests received since the last reset, as `METHOD path`. */
		calls: () => bed.fake.requests.map((r) => `${r.method} ${r.path}`),
		last: () => bed.fake.requests[bed.fake.requests.length - 1],
		/**
		 * The provider's trigger (`<nodeType>Trigger`) in an active workflow, its
		 * webhook server started; the test activates and stops it.
		 */
		trigger: async (
			parameters: IDataObject,
			credentials?: Record<string, IDataObject>,
		): Promise<ActiveTrigger> => {
			const trigger = new ActiveTrigger(pkg, {
				type: type(`${options.nodeType}Trigger`),
				parameters,
				credentials: credentials ?? bed.credentials,
			});
			await trigger.start();
			return trigger;
		},
		/** Runs `test` with the provider's trigger (not yet activated), then stops it. */
		withTrigger: async (
			parameters: IDataObject,
			test: (trigger: ActiveTrigger) => Promise<void>,
			credentials?: Record<string, IDataObject>,
		): Promise<void> => {
			const trigger = await bed.trigger(parameters, credentials);
			try {
				await test(trigger);
			} finally {
				await trigger.stop();
			}
		},
		/** The credentials with some stored values replaced (a wrong key, say). */
		withCredential: (values: IDataObject) => ({
			[options.credentialType]: { ...bed.credentials[options.credentialType], ...values },
		}),
	};
	beforeAll(async () => {
		bed.credentials = {
			[options.credentialType]: options.credentials(await bed.fake.start(), options.key),
		};
	});
	beforeEach(() => {
		bed.fake.requests.length = 0;
		bed.fake.clearFaults();
		options.reset?.(bed.fake);
	});
	afterAll(() => bed.fake.stop());
	return bed;
}
