// Interface text for offline use and new versions of the site.
export const offline = {
	updateReady: 'A new version of the course is ready.',
	loadFailed:
		'Part of this page could not be loaded. The course may have been updated since you opened it, or you may be offline.',
	reload: 'Reload the page',
	save: {
		heading: 'Offline use',
		intro:
			'Every lesson you open is kept in this browser, so it works again without a connection. You can also keep the whole course now.',
		button: (size: string) => `Save the whole course for offline use (${size})`,
		saving: (done: number, total: number) => `Saving for offline use: ${done} of ${total} files…`,
		saved: 'The whole course is saved in this browser and works without a connection.',
		failed: (missed: number) =>
			`${missed} ${missed === 1 ? 'file' : 'files'} could not be saved. Check the connection and try again.`,
		again: 'Try again'
	}
};
