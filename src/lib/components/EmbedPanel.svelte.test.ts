import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import EmbedPanel from './EmbedPanel.svelte';

afterEach(() => vi.restoreAllMocks());

function setClipboard(writeText: (text: string) => Promise<void>) {
	Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('EmbedPanel', () => {
	it('gives the snippet for this site and lesson, with the chosen options', async () => {
		const user = userEvent.setup();
		render(EmbedPanel, { slug: 'the-report', title: 'The report', passMark: 70 });
		await user.click(screen.getByText('Embed this quiz'));
		const code = screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
		expect(code.readOnly).toBe(true);
		expect(code.value).toContain(`<iframe src="${location.origin}/embed/the-report"`);
		expect(code.value).toContain('title="Quiz: The report"');
		expect(code.value).toContain(`<script src="${location.origin}/embed.js" async></script>`);

		await user.click(screen.getByLabelText('Include the reading'));
		await user.selectOptions(screen.getByLabelText('Mode'), 'test');
		expect(code.value).toContain('/embed/the-report?reading=1&amp;mode=test"');
		await user.selectOptions(screen.getByLabelText('Attempts'), '2');
		await user.selectOptions(screen.getByLabelText('Colours'), 'dark');
		await user.type(screen.getByLabelText(/Pass mark/), '80');
		expect(code.value).toContain('?reading=1&amp;mode=test&amp;attempts=2&amp;passMark=80&amp;theme=dark"');
		expect(code.value).not.toContain('addEventListener');
		await user.click(screen.getByLabelText(/receives the score/));
		expect(code.value).toContain("document.addEventListener('quiz:complete'");
	});

	it('leaves out a pass mark the embed would not read (a fraction, over 100)', async () => {
		const user = userEvent.setup();
		render(EmbedPanel, { slug: 'the-report', title: 'The report', passMark: 70 });
		await user.click(screen.getByText('Embed this quiz'));
		const code = screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
		const mark = screen.getByLabelText(/Pass mark/);
		for (const typed of ['150', '2.5']) {
			await user.clear(mark);
			await user.type(mark, typed);
			expect(code.value, typed).not.toContain('passMark');
		}
		await user.clear(mark);
		await user.type(mark, '100');
		expect(code.value).toContain('passMark=100');
	});

	it('copies the code and says so', async () => {
		const user = userEvent.setup();
		const written: string[] = [];
		render(EmbedPanel, { slug: 'a', title: 'A', passMark: 70 });
		setClipboard(async (text) => void written.push(text));
		await user.click(screen.getByText('Embed this quiz'));
		await user.click(screen.getByRole('button', { name: 'Copy code' }));
		expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
		expect(written).toEqual([(screen.getByRole('textbox') as HTMLTextAreaElement).value]);
	});

	it('when copying is refused, selects the code and says to copy it by hand', async () => {
		const user = userEvent.setup();
		render(EmbedPanel, { slug: 'a', title: 'A', passMark: 70 });
		setClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
		await user.click(screen.getByText('Embed this quiz'));
		await user.click(screen.getByRole('button', { name: 'Copy code' }));
		expect(await screen.findByText(/Copying is blocked here/)).toBeInTheDocument();
		const code = screen.getByRole('textbox') as HTMLTextAreaElement;
		expect(code.selectionEnd - code.selectionStart).toBe(code.value.length);
	});
});
