// axe-core in both colour schemes, as the quality bars ask: every rule in the light scheme, and in
// the dark one the rules that read colours (the site's schemes differ only in colours, so the other
// rules find the same in either). Leaves the page in the dark scheme.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What axe-core finds, per scheme, in the page or in the part `include` selects. */
export async function axeInBothSchemes(page: Page, include?: string) {
	const found = { light: [] as string[], dark: [] as string[] };
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		let axe = new AxeBuilder({ page });
		if (include) axe = axe.include(include);
		if (colorScheme === 'dark') axe = axe.withRules(COLOUR_RULES);
		const { violations } = await axe.analyze();
		found[colorScheme] = violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`
		);
	}
	return found;
}
