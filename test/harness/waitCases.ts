import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { pkg, type } from './package';
import { WaitingWorkflow } from './wait';

/** The part of a provider bed (bed.ts) a wait needs: its node, credentials and fake's requests. */
export interface WaitBed {
	nodeType: string;
	/** Set once the fake listens: read when a workflow starts. */
	credentials: Record<string, IDataObject>;
	fake: { requests: unknown[] };
}

/**
 * Send and Wait workflows of the bed's node (items → node → pass), each on the item
 * `{order: 1042}`, started on demand with the operation's parameters and stopped after each test.
 */
export function waitingWorkflows(bed: WaitBed) {
	const started: WaitingWorkflow[] = [];
	afterEach(async () => {
		for (const workflow of started.splice(0)) await workflow.stop();
	});
	return async (parameters: IDataObject): Promise<WaitingWorkflow> => {
		const workflow = new WaitingWorkflow(pkg, {
			type: type(bed.nodeType),
			credentials: bed.credentials,
			parameters: { resource: 'message', operation: 'sendAndWait', ...parameters },
			items: [{ order: 1042 }],
		});
		started.push(workflow);
		await workflow.start();
		return workflow;
	};
}

/** What the shared Send and Wait cases need to know of one provider and its fake. */
export interface WaitSpec {
	/** The provider's bed; it clears the fake's registrations and sent messages before each case. */
	bed: WaitBed;
	/** The provider's recipient fields, answering contact included. */
	parameters: IDataObject;
	/** The registrations the fake holds now (webhooks, subscribers). */
	registrations: () => Array<Record<string, unknown>>;
	/** The URL a registration delivers to. */
	urlOf: (registration: Record<string, unknown>) => string;
	/** The last message the fake accepted: its text and reply buttons (none where it has none). */
	lastSent: () => { text: string; buttons: Array<{ id?: string; title: string }> };
	/** The contact (or, with `other`, someone else) writing to the number. */
	reply: (content: { text: string; buttonId?: string }, other?: boolean) => Promise<number[]>;
	/** Whether the approval comes with reply buttons (else the labels are named in the text). */
	buttons: boolean;
}

/**
 * The Send and Wait cases every provider passes, through n8n-core's
 * WorkflowExecute and real HTTP deliveries from the provider's fake to the
 * waiting execution (see wait.ts).
 */
export function waitCases(spec: WaitSpec): void {
	const workflow = waitingWorkflows(spec.bed);
	const waiting = (parameters: IDataObject = {}) =>
		workflow({
			...spec.parameters,
			message: 'Refund order 1042?',
			approvalOptions: { values: { approvalType: 'double' } },
			...parameters,
		});
	const requests = () => spec.bed.fake.requests.length;

	/** The answer the contact gives: the Approve button where there are buttons, else its label typed. */
	const approve = () => {
		const sent = spec.lastSent();
		const button = sent.buttons.find((b) => b.title === 'Approve');
		return { text: 'Approve', buttonId: button?.id };
	};

	test('registers the wait, sends the question with its answers, and waits', async () => {
		const bed = await waiting();
		const { id, run } = await bed.run();
		expect(run.waitTill).toBeInstanceOf(Date);
		expect(bed.status(id)).toBe('waiting');
		expect(spec.registrations()).toHaveLength(1);
		const url = new URL(spec.urlOf(spec.registrations()[0]));
		expect(url.pathname).toBe(new URL(bed.resumePath(id)).pathname);
		expect(url.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);
		const sent = spec.lastSent();
		expect(sent.text).toContain('Refund order 1042?');
		if (sent.buttons.length)
			expect(sent.buttons.map((b) => b.title)).toEqual(['Approve', 'Decline']);
		else expect(sent.text).toMatch(/"Approve" or "Decline"/);
	});

	test("the contact's answer resumes with approved: true and the reply; the registration is removed", async () => {
		const bed = await waiting();
		const { id } = await bed.run();
		expect(await spec.reply(approve())).toEqual([200]);
		expect(bed.status(id)).toBe('success');
		const [out] = bed.output(id);
		expect(out.data).toEqual({ approved: true });
		expect((out.reply as IDataObject).text).toBe('Approve');
		expect(out.delivery).toBeDefined();
		expect(spec.registrations()).toHaveLength(0);
	});

	test('another contact, chat that is no answer, and a changed URL resume nothing', async () => {
		const bed = await waiting();
		const { id } = await bed.run();
		const reads = bed.credentialReads;
		expect(await spec.reply(approve(), true)).toEqual([200]);
		expect(bed.credentialReads).toBe(reads);
		await spec.reply({ text: 'which order?' });
		const forged = new URL(spec.urlOf(spec.registrations()[0]));
		forged.searchParams.set('contact', '+15550000000');
		const answer = await fetch(forged, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{}',
		});
		expect(answer.status).toBe(401);
		expect(bed.status(id)).toBe('waiting');
		expect(spec.registrations()).toHaveLength(1);
	});

	test("Free Text takes the contact's next message", async () => {
		const bed = await waiting({ responseType: 'freeText' });
		const { id } = await bed.run();
		expect(spec.lastSent().buttons).toEqual([]);
		await spec.reply({ text: 'not me' }, true);
		await spec.reply({ text: 'Refund to my card, please' });
		expect(bed.output(id)[0].data).toEqual({ text: 'Refund to my card, please' });
		expect(spec.registrations()).toHaveLength(0);
	});

	test('a timed-out wait resumes without an answer; the next wait removes its registration', async () => {
		const at = new Date(Date.now() + 1000).toISOString();
		const bed = await waiting({
			options: { limitWaitTime: { values: { limitType: 'atSpecifiedTime', maxDateAndTime: at } } },
		});
		const { id } = await bed.run();
		await bed.timeout(id);
		expect(bed.output(id)).toEqual([{ order: 1042 }]);
		await spec.reply(approve());
		expect(bed.output(id)).toEqual([{ order: 1042 }]);
		await sleep(1100);
		const next = await bed.run();
		expect(spec.registrations().map((r) => new URL(spec.urlOf(r)).pathname)).toEqual([
			new URL(bed.resumePath(next.id)).pathname,
		]);
	});

	test('100 waits pending on one number, one message from another contact: requests counted', async () => {
		const bed = await waiting();
		for (let n = 0; n < 100; n++) await bed.run();
		bed.received.length = 0;
		const before = requests();
		const reads = bed.credentialReads;
		const started = Date.now();
		const statuses = await spec.reply({ text: 'hello' }, true);
		// eslint-disable-next-line no-console
		console.log(
			`${spec.bed.nodeType}: 100 pending waits, 1 message from another contact: ${bed.received.length} requests to n8n, ${requests() - before} to the provider, ${bed.credentialReads - reads} credential reads, ${Date.now() - started} ms`,
		);
		expect(statuses).toHaveLength(100);
		expect(bed.received).toHaveLength(100);
		expect(requests()).toBe(before);
		expect(bed.credentialReads).toBe(reads);
	});
}
