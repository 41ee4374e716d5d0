import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { memoryProgress } from '../progress/memory';
import { newRecord } from '../quiz/record';
import type { ProgressStore } from '../progress/types';
import ProgressNotice from './ProgressNotice.svelte';

describe('ProgressNotice', () => {
	it('shows nothing when progress is kept and nothing was repaired', () => {
		render(ProgressNotice, { store: memoryProgress(null, true) });
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('shows the repair notice in a status region that the keyboard can dismiss', async () => {
		render(ProgressNotice, { store: memoryProgress({ kind: 'unreadable' }, true) });
		const status = screen.getByRole('status', { name: t.progress.notice });
		expect(status).toHaveTextContent(t.progress.unreadable);
		expect(status).not.toHaveTextContent(t.progress.notKept);
		const user = userEvent.setup();
		await user.tab();
		expect(screen.getByRole('button', { name: t.progress.dismiss })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(screen.queryByRole('status')).toBeNull();
	});

	it('says progress will not be kept, including when that starts mid-session', () => {
		const inner = memoryProgress(null, true);
		let persistent = true;
		const store: ProgressStore = {
			...inner,
			get persistent() {
				return persistent;
			},
			notice: null
		};
		render(ProgressNotice, { store });
		expect(screen.queryByRole('status')).toBeNull();
		persistent = false;
		inner.put('the-report', newRecord('practice', 1));
		return Promise.resolve().then(() => {
			expect(screen.getByRole('status')).toHaveTextContent(t.progress.notKept);
		});
	});
});
