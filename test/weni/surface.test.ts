import type { IDataObject } from 'n8n-workflow';

import { contactUuid, FLOW_ONBOARDING, LABEL_URGENT } from '../fakes/weni';
import type { RunOptions } from '../harness/engine';
import { GENERATIONS, generationBed } from './generations';

type Row = Record<string, unknown>;

const FLOW_SURVEY = '0e4f6a1b-2c3d-4e5f-8a9b-1c2d3e4f5a6b';
const RUN = (i: number) => `0199c5c0-8f9b-76ea-a955-${String(i).padStart(12, '0')}`;

/** A run as FlowRunReadSerializer renders it (temba/api/v2/serializers.py, both codebases). */
function run(i: number, flow: string, responded: boolean, values: Row): Row {
	return {
		id: i,
		uuid: RUN(i),
		flow: { uuid: flow, name: flow === FLOW_ONBOARDING ? 'Onboarding' : 'Survey' },
		contact: { uuid: contactUuid(i), urn: `whatsapp:55829999000${i}`, name: `Contact ${i}` },
		start: null,
		responded,
		path: [
			{ node: 'fc32aeb0-ac3e-42a8-9ea7-10248fdf52a1', time: `2026-01-0${i}T10:00:00.000000Z` },
		],
		values,
		created_on: `2026-01-0${i}T10:00:00.000000Z`,
		modified_on: `2026-01-0${i}T10:05:00.000000Z`,
		exited_on: responded ? `2026-01-0${i}T10:05:00.000000Z` : null,
		exit_type: responded ? 'completed' : null,
	};
}

const answer = (name: string, value: string, category: string): Row => ({
	name,
	value,
	category,
	node: 'fc32aeb0-ac3e-42a8-9ea7-10248fdf52a1',
	time: '2026-01-01T10:05:00.000000Z',
});

describe.each(GENERATIONS)('%s', (generation) => {
	const bed = generationBed(generation, { contacts: 3 });

	describe('Weni node › flow run › get many', () => {
		beforeEach(() => {
			bed.fake.runs = [
				run(1, FLOW_ONBOARDING, true, {
					color: answer('Color', 'blue', 'Blue'),
					flow: answer('Flow', 'yes', 'Yes'),
				}),
				run(2, FLOW_SURVEY, false, {}),
				run(3, FLOW_ONBOARDING, false, { color: answer('Color', 'red', 'Red') }),
			];
		});

		test('flow, responded and dates are sent; answers flattened one field per result', async () => {
			const r = await bed.run({
				resource: 'flowRun',
				operation: 'getAll',
				returnAll: true,
				filters: {
					flow: { __rl: true, mode: 'id', value: FLOW_ONBOARDING.toUpperCase() },
					responded: true,
					after: '2026-01-01T00:00:00Z',
					before: '2026-01-09T00:00:00Z',
				},
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/runs.json']);
			expect(bed.last().query).toEqual({
				flow: FLOW_ONBOARDING,
				responded: 'true',
				after: '2026-01-01T00:00:00.000Z',
				before: '2026-01-09T00:00:00.000Z',
			});
			expect(bed.last().body).toBeUndefined();
			expect(r.json).toEqual([
				{
					uuid: RUN(1),
					flow: { uuid: FLOW_ONBOARDING, name: 'Onboarding' },
					contact: { uuid: contactUuid(1), urn: 'whatsapp:558299990001', name: 'Contact 1' },
					responded: true,
					created_on: '2026-01-01T10:00:00.000000Z',
					modified_on: '2026-01-01T10:05:00.000000Z',
					exited_on: '2026-01-01T10:05:00.000000Z',
					exit_type: 'completed',
					color: 'blue',
					// A result key that would hide a run field keeps a prefix.
					result_flow: 'yes',
				},
			]);
		});

		test('contact filter; Simplify off returns the runs as the API gives them', async () => {
			const r = await bed.run({
				resource: 'flowRun',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: { contact: contactUuid(3) },
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/runs.json']);
			expect(bed.last().query).toEqual({ contact: contactUuid(3) });
			expect(r.json).toEqual([bed.fake.runs[2]]);
		});

		test('Return All streams every cursor page; a limit stops early', async () => {
			bed.fake.pageSize = 2;
			const all = await bed.run({ resource: 'flowRun', operation: 'getAll', returnAll: true });
			expect(all.error).toBeUndefined();
			expect(bed.calls()).toEqual(Array(2).fill('GET /api/v2/runs.json'));
			expect(bed.fake.requests[0].query).toEqual({});
			expect(all.json.map((j) => j.uuid)).toEqual([RUN(3), RUN(2), RUN(1)]);
			bed.fake.requests.length = 0;
			const one = await bed.run({
				resource: 'flowRun',
				operation: 'getAll',
				returnAll: false,
				limit: 1,
			});
			expect(bed.calls()).toEqual(['GET /api/v2/runs.json']);
			expect(one.json.map((j) => j.uuid)).toEqual([RUN(3)]);
		});

		test('flow and contact together fail the item before any request', async () => {
			const r = await bed.run({
				resource: 'flowRun',
				operation: 'getAll',
				returnAll: true,
				filters: { flow: FLOW_ONBOARDING, contact: contactUuid(1) },
			});
			expect(r.error?.message).toMatch(/Contact.*cannot be used together with Flow/);
			expect(bed.calls()).toEqual([]);
		});
	});

	describe('Weni node › message › apply action', () => {
		beforeEach(() => bed.fake.seedMessages(3));
		/** Message › Apply Action with these parameters. */
		const applyMessageAction = (parameters: IDataObject, options?: Partial<RunOptions>) =>
			bed.run({ resource: 'message', operation: 'applyAction', ...parameters }, options);

		test('label by UUID: one request with the id, action and label', async () => {
			const r = await applyMessageAction({
				messageAction: 'label',
				messageId: 2,
				label: LABEL_URGENT,
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/message_actions.json']);
			expect(bed.last().query).toEqual({});
			expect(bed.last().body).toEqual({ messages: [2], action: 'label', label: LABEL_URGENT });
			expect(r.json).toEqual([{ success: true, action: 'label', message: 2, label: LABEL_URGENT }]);
			expect(bed.fake.messages[1].labels).toEqual([{ uuid: LABEL_URGENT, name: 'Urgent' }]);
		});

		test('archive sends no label; a message that no longer exists fails its item only', async () => {
			const r = await applyMessageAction(
				{
					messageAction: 'archive',
					messageId: '={{ $json.id }}',
				},
				{ items: [{ id: 1 }, { id: 99 }, { id: 3 }], continueOnFail: true },
			);
			expect(bed.calls()).toEqual(['POST /api/v2/message_actions.json']);
			expect(bed.last().body).toEqual({ messages: [1, 99, 3], action: 'archive' });
			expect(r.json[0]).toEqual({ success: true, action: 'archive', message: 1 });
			expect(String(r.json[1].error)).toMatch(/Message 99 no longer exists/);
			expect(r.json[2]).toEqual({ success: true, action: 'archive', message: 3 });
			expect(bed.fake.messages.map((m) => m.visibility)).toEqual([
				'archived',
				'visible',
				'archived',
			]);
		});

		test('a label action without a label fails before any request', async () => {
			const r = await applyMessageAction({
				messageAction: 'unlabel',
				messageId: 1,
				label: '',
			});
			expect(r.error?.message).toMatch(/Label/);
			expect(bed.calls()).toEqual([]);
		});

		test('1,000 items go in 10 requests of 100, results mapped back per item', async () => {
			bed.fake.messages = [];
			bed.fake.seedMessages(1000);
			const items = Array.from({ length: 1000 }, (_, i) => ({ id: i + 1 }));
			const r = await applyMessageAction(
				{
					messageAction: 'label',
					label: LABEL_URGENT,
					messageId: '={{ $json.id }}',
				},
				{ items },
			);
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(Array(10).fill('POST /api/v2/message_actions.json'));
			const bodies = bed.fake.requests.map(
				(q) => q.body as { messages: number[]; action: string; label: string },
			);
			expect(bodies.map((b) => b.messages.length)).toEqual(Array(10).fill(100));
			expect(bodies.every((b) => b.action === 'label' && b.label === LABEL_URGENT)).toBe(true);
			expect(bodies.flatMap((b) => b.messages)).toEqual(items.map((i) => i.id));
			expect(r.json).toHaveLength(1000);
			expect(r.json[999]).toEqual({
				success: true,
				action: 'label',
				message: 1000,
				label: LABEL_URGENT,
			});
			expect(r.items.map((i) => i.pairedItem)).toEqual(items.map((_, i) => ({ item: i })));
			expect(bed.fake.messages.every((m) => (m.labels as Row[]).length === 1)).toBe(true);
		});
	});
});
