import { contactUrn, contactUuid } from '../fakes/weni';
import { GENERATIONS, generationBed } from './generations';

/** Issue 16's remaining Weni surface: contact options, and the read-only lists. */
describe.each(GENERATIONS)('%s', (generation) => {
	const bed = generationBed(generation);
	const flows = generation === 'flows';

	beforeEach(() => {
		bed.fake.reset();
		bed.fake.seedContacts(3);
	});

	describe('Weni node › contact options', () => {
		test('update sends a note on RapidPro and refuses it on Weni Flows before any request', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'uuid',
				contactUuid: contactUuid(2),
				updateFields: { note: 'Prefers calls after 6pm' },
			});
			if (flows) {
				expect(r.error?.message).toContain('Note');
				expect(r.error?.message).toContain('Weni Flows');
				expect(bed.calls()).toEqual([]);
				return;
			}
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/contacts.json']);
			expect(bed.last().query).toEqual({ uuid: contactUuid(2) });
			expect(bed.last().body).toEqual({ note: 'Prefers calls after 6pm' });
			expect(r.json).toEqual([expect.objectContaining({ uuid: contactUuid(2), created: false })]);
		});

		test('an empty note is sent as "" (RapidPro clears the note)', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'urn',
				contactUrn: contactUrn(1),
				updateFields: { note: '' },
			});
			if (flows) {
				expect(bed.calls()).toEqual([]);
				expect(r.error?.message).toContain('Note');
				return;
			}
			expect(r.error).toBeUndefined();
			expect(bed.last().query).toEqual({ urn: contactUrn(1) });
			expect(bed.last().body).toEqual({ note: '' });
		});

		test('list by UUID with expanded URNs', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { uuid: contactUuid(3).toUpperCase(), expandUrns: true },
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/contacts.json']);
			expect(bed.last().query).toEqual({ uuid: contactUuid(3), expand_urns: 'true' });
			expect(r.json.map((c) => c.uuid)).toEqual([contactUuid(3)]);
		});

		test('a malformed UUID filter is refused before any request', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { uuid: 'not-a-uuid' },
			});
			expect(r.error?.message).toContain('UUID');
			expect(bed.calls()).toEqual([]);
		});
	});
});
