import { recordOperations } from '../shared/operations';

/** 2Chat's Get and Delete: a deletion outputs the UUID it deleted. */
export const records = recordOperations({
	id: (p, name) => p.id(name),
	deleted: (id) => ({ deleted: true, uuid: decodeURIComponent(id) }),
});
