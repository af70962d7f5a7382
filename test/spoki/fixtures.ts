/** Every additional field of a template send (email, a button, header media, metadata), valid. */
export const TEMPLATE_EXTRAS = {
	email: 'mario@rossi.test',
	buttons: { button: [{ order: 0, payload: 'track-A-1042' }] },
	headerMediaUrl: 'https://example.com/label.pdf',
	headerMediaFilename: 'label.pdf',
	metadata: '{"order_id": 1042}',
};

/** Custom fields as the node's fixed collection holds them, from `CODE: value` pairs. */
export const customFields = (values: Record<string, string>) => ({
	field: Object.entries(values).map(([code, value]) => ({ code, value })),
});
