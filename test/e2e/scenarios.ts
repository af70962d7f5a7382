import type { IRun } from 'n8n-workflow';

import type { FakeServer } from '../fakes/server';

/** What the end-to-end suite needs to know about one provider. */
export interface Scenario {
	provider: string;
	fake: FakeServer;
	/** Puts the fake back to its seed state (both modes share one fake), before each test. */
	reset?(): void;
	/** Credentials to import, pointing at the fake (n8n import:credentials format). */
	credentials(
		fakeBaseUrl: string,
	): Array<{ id: string; name: string; type: string; data: Record<string, unknown> }>;
	/** Node and credential types n8n must list. */
	nodeTypes: string[];
	credentialTypes: string[];
	/** An example started by a Manual Trigger, run with `n8n execute`. */
	manual: {
		file: string;
		/** Checks what the fake received and the run the CLI printed. */
		check(run: IRun): void;
	};
	/** An example started by the provider's trigger. */
	trigger: {
		file: string;
		/** URLs the fake has registered as subscriptions right now. */
		registeredUrls(): string[];
		/** Posts a delivery the way the provider would; `forge` sends one that must be refused. */
		deliver(url: string, forge: boolean): Promise<number>;
		/** Checks what the rest of the workflow did with the delivery (requests to the fake). */
		checkRun(): void;
		/** Checks the execution n8n recorded for the delivery (e.g. binary data on the trigger's item). */
		checkExecution?(data: IRun['data']): void;
	};
}
