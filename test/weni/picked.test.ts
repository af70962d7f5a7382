import { contactUuid, FLOW_ONBOARDING, GROUP_VIP } from '../fakes/weni';
import { GENERATIONS, generationBed } from './generations';

/** A group or flow deleted since it was picked: Weni names it by UUID, the error also by the name picked. */
const GONE = '0f0f0f0f-0000-4000-8000-00000000dead';

describe.each(GENERATIONS)('%s', (generation) => {
	const bed = generationBed(generation, { contacts: 2 });

	test('an API error names the group by the name picked from the list, with its ID', async () => {
		const r = await bed.run(
			{
				resource: 'contact',
				operation: 'applyAction',
				contactAction: 'add',
				contact: { __rl: true, mode: 'list', value: contactUuid(1), cachedResultName: 'Contact 1' },
				group: { __rl: true, mode: 'list', value: GONE, cachedResultName: 'Old VIP' },
			},
			{ continueOnFail: true },
		);
		expect(r.error).toBeUndefined();
		expect(r.json).toEqual([
			{
				error: `Weni error 400: group: No such object: ${GONE}`,
				description:
					'Weni refused the request; nothing was done for this item. Correct the values and run again. ' +
					`This item picked Group "Old VIP" (ID ${GONE}).`,
				httpCode: '400',
			},
		]);
	});

	test('a refusal about the contact names the contact picked, not the group beside it', async () => {
		const r = await bed.run(
			{
				resource: 'contact',
				operation: 'applyAction',
				contactAction: 'add',
				contact: { __rl: true, mode: 'list', value: GONE, cachedResultName: 'Old contact' },
				group: { __rl: true, mode: 'list', value: GROUP_VIP, cachedResultName: 'VIP' },
			},
			{ continueOnFail: true },
		);
		expect(String(r.json[0].error)).toContain(GONE);
		expect(r.json[0].description).toContain(`This item picked Contact "Old contact" (ID ${GONE}).`);
		expect(r.json[0].description).not.toContain('VIP');
	});

	test('without Continue On Fail the thrown error carries the same line', async () => {
		const r = await bed.run({
			resource: 'flow',
			operation: 'start',
			flow: { __rl: true, mode: 'list', value: GONE, cachedResultName: 'Old onboarding' },
			contacts: contactUuid(1),
		});
		expect(r.error?.message).toContain('Weni error 400');
		expect(r.error?.description).toContain(`This item picked Flow "Old onboarding" (ID ${GONE}).`);
		// The thrown error is a copy with the added line, still n8n's API error with its status.
		expect(r.error?.name).toBe('NodeApiError');
		expect((r.error as { httpCode?: string }).httpCode).toBe('400');
	});

	test('a server error or a refused credential adds no picked names: they say nothing about the pick', async () => {
		bed.fake.failNext({ status: 503, body: { detail: 'Down for maintenance' } }, 10);
		const r = await bed.run({
			resource: 'flow',
			operation: 'start',
			flow: { __rl: true, mode: 'list', value: FLOW_ONBOARDING, cachedResultName: 'Onboarding' },
			contacts: contactUuid(1),
		});
		expect(r.error?.message).toContain('Weni error 503');
		expect(r.error?.description).not.toContain('picked');
	});

	test('IDs typed by hand or by expression add nothing; validation errors are not touched', async () => {
		const byId = await bed.run({
			resource: 'flow',
			operation: 'start',
			flow: { __rl: true, mode: 'id', value: GONE },
			contacts: contactUuid(1),
		});
		expect(byId.error?.message).toContain('Weni error 400');
		expect(byId.error?.description).not.toContain('picked');
		const invalid = await bed.run({
			resource: 'flow',
			operation: 'start',
			flow: { __rl: true, mode: 'list', value: FLOW_ONBOARDING, cachedResultName: 'Onboarding' },
			contacts: 'not a contact',
		});
		expect(invalid.error?.description).not.toContain('picked');
		expect(bed.fake.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
	});
});
