import type { Generation } from '../fakes/weni';
import { weniBed } from './setup';

/** Every Weni test runs against both APIs Weni answers with (test/fakes/weni.ts). */
export const GENERATIONS: Generation[] = ['rapidpro', 'flows'];

/**
 * The shared Weni bed (setup.ts) speaking one generation. The credential
 * forces the same flavour, so request lists hold only the operation's own
 * requests; detection itself is tested in detection.test.ts.
 */
export function generationBed(generation: Generation, prefix = '') {
	const bed = weniBed(prefix);
	beforeAll(() => {
		bed.fake.generation = generation;
		bed.credentials.weniApi.apiFlavour = generation;
	});
	return bed;
}
