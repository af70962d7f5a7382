import { recordOperations } from '../shared/operations';
import { numericId } from './readers';

/** Spoki's Get and Delete: numeric ids; a deletion outputs the id as a number. */
export const records = recordOperations({
	id: numericId,
	deleted: (id) => ({ deleted: true, id: Number(id) }),
});
