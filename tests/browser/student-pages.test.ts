// The pages a student is sent to hand them no teacher page: from an assignment link, every page
// reachable by following links that stay on the student's pages (the assignment, its lessons in
// both languages, their embeds, the page with a lesson's embed code) is visited, and no link on any
// of them leads under /teach, where the answer keys are. (The keys are in the site's code anyway:
// the quiz scores in the browser. The pages stop offering them; they do not hide them.)
import { expect, test } from '@playwright/test';
import { course, lessonAt } from './course';
import * as t from '../../src/lib/i18n/en';
import { assignmentFragment, defaultsFor } from '../../src/lib/teach/assignment';

const TEACH = /^\/(es\/)?teach(\/|$)/;
const STUDENT = /^\/(es\/)?(assignment|lessons\/[^/]+|embed\/[^/]+|embed-code\/[^/]+)\/?$/;

test('no page a student is sent to links to the teacher pages (crawled from an assignment)', async ({
	page,
	baseURL
}) => {
	test.setTimeout(180_000);
	const fragment = assignmentFragment({
		lessons: course.map((l) => l.slug),
		mode: 'practice',
		passMark: 70,
		shuffle: false,
		...defaultsFor('practice')
	});
	const origin = new URL(baseURL!).origin;
	const links = async () => page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
	const teacherLinks: string[] = [];
	const note = (where: string, hrefs: string[]) => {
		for (const href of hrefs) {
			const url = new URL(href);
			if (url.origin === origin && TEACH.test(url.pathname)) teacherLinks.push(`${where} → ${url.pathname}`);
		}
	};

	// The assignment, before and after the student gives their name.
	await page.goto(`/assignment#${fragment}`, { waitUntil: 'networkidle' });
	note('/assignment', await links());
	await page.getByLabel(t.teach.assignment.name).fill('Ana');
	await page.getByRole('button', { name: t.teach.assignment.start }).click();
	await expect(page.getByText(t.teach.assignment.hello('Ana'))).toBeVisible();
	const start = await links();
	note('/assignment (started)', start);

	// Then every student page those links reach, and the embeds of every lesson.
	const seen = new Set<string>(['/assignment']);
	const queue = [
		...start,
		...course.flatMap((l) => [`${origin}/embed/${l.slug}`, `${origin}/es/embed/${l.slug}`])
	];
	while (queue.length) {
		const url = new URL(queue.shift()!);
		if (url.origin !== origin || !STUDENT.test(url.pathname) || seen.has(url.pathname)) continue;
		seen.add(url.pathname);
		const response = await page.goto(url.pathname);
		expect(response?.status(), url.pathname).toBe(200);
		const found = await links();
		note(url.pathname, found);
		queue.push(...found);
	}
	// The crawl reached what a student can reach: each lesson and its embed code, in both languages.
	for (const l of course) {
		for (const prefix of ['', '/es']) {
			expect(seen, `${prefix}/lessons/${l.slug}`).toContain(`${prefix}/lessons/${l.slug}`);
			expect(seen, `${prefix}/embed-code/${l.slug}`).toContain(`${prefix}/embed-code/${l.slug}`);
			expect(seen).toContain(`${prefix}/embed/${l.slug}`);
		}
	}
	expect(teacherLinks).toEqual([]);
});

test('a lesson’s “share or embed” link opens the embed code on a page with no answers', async ({
	page,
	baseURL
}) => {
	const lesson = lessonAt(0);
	await page.goto(`/lessons/${lesson.slug}`);
	await page.getByRole('link', { name: t.site.lesson.share }).click();
	await expect(page).toHaveURL(new RegExp(`/embed-code/${lesson.slug}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.teach.embedPage.title(lesson.title));
	await page.getByText(t.embed.panel.summary, { exact: true }).click();
	await expect(page.getByRole('textbox', { name: t.embed.panel.snippet })).toHaveValue(
		new RegExp(`<iframe src="${baseURL}/embed/${lesson.slug}"`)
	);
	// No explanation (what the teacher copy prints beside each answer) anywhere in the page's HTML.
	const html = await page.content();
	for (const q of lesson.quiz.questions) expect(html).not.toContain(q.explanation);
	// The teacher copy still points course authors there.
	await page.goto(`/teach/${lesson.slug}`);
	await page.getByRole('link', { name: t.embed.panel.summary }).click();
	await expect(page).toHaveURL(new RegExp(`/embed-code/${lesson.slug}$`));
});

test('the course page still leads teachers to their pages', async ({ page }) => {
	await page.goto('/');
	await expect(
		page.getByRole('navigation', { name: t.site.nav.label }).getByRole('link', { name: t.site.nav.teach })
	).toBeVisible();
});
