import { recordOperations } from '../shared/operations';
import { unwrap } from './provider';

/** Heyy's Get and Delete: ids from Resource Locators, records unwrapped from `data`. */
export const records = recordOperations({
	id: (p, name) => p.id(name),
	deleted: (id) => ({ deleted: true, id: decodeURIComponent(id) }),
	record: unwrap,
});
