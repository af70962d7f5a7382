/** Every additional field of a template send (email, a button, header media, metadata), valid. */
export const TEMPLATE_EXTRAS = {
	email: 'mario@rossi.test',
	buttons: { button: [{ order: 0, payload: 'track-A-1042' }] },
	headerMediaUrl: 'https://example.com/label.pdf',
	headerMediaFilename: 'label.pdf',
	metadata: '{"order_id": 1042}',
};
