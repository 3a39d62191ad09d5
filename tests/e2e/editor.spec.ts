/**
 * The editor at /admin/, offline, in its local-repository mode (see
 * editorRepo.ts): an article written in the form passes the content check,
 * and a phone number given in the practice profile form closes a launch gap.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { formField, openLocalEditor, readRepositoryFile, listRepositoryFolder, runScriptIn, siteCopyWith } from './editorRepo';

// Each test seeds the editor's own folder and runs a check in a copy of the site.
test.describe.configure({ timeout: 180_000 });
test.use({ actionTimeout: 15_000 });

const bibliographyKey = Object.keys(parse(readFileSync('content/bibliography.yaml', 'utf8')) as Record<string, unknown>)[0]!;
const author = parse(readFileSync('content/team/kaitlyn-kasha.mdx', 'utf8').split('---')[1]!) as { name: string };

async function openCollection(page: Page, label: string): Promise<void> {
  await page.getByRole('tree', { name: 'Collection List' }).getByRole('treeitem', { name: label, exact: true }).click();
}

test('an article written in the editor is saved as MDX that passes the content check', async ({ page }) => {
  await openLocalEditor(page);
  await openCollection(page, 'Articles');
  await page.getByRole('button', { name: 'New' }).click();

  const title = 'Songs we carry with us';
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page
    .getByRole('textbox', { name: 'Description', exact: true })
    .fill('How a familiar song can help a person notice, name and share what they feel, in music psychotherapy.');
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-11-30');
  // Other fields refer to the team too (who reviewed a page), so each control is found inside its own field.
  await (await formField(page, 'author')).getByRole('radio', { name: author.name }).check();
  const tags = await formField(page, 'tags');
  await tags.getByRole('button', { name: /^Add/ }).click();
  await tags.getByRole('textbox', { name: 'Item', exact: true }).fill('songwriting');

  await page.mouse.move(300, 400);
  const body = await formField(page, 'body');
  await body.getByRole('textbox', { name: 'Text', exact: true }).click();
  await page.keyboard.type('A song can hold a memory for years. In a session, it can be a way to begin talking about it.');
  await body.getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: 'Quote' }).click();
  await body.getByRole('textbox', { name: 'Source', exact: true }).fill(bibliographyKey);
  await body.getByRole('textbox', { name: 'The quoted words', exact: true }).fill('Music can be a way in.');

  await body.getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: 'Figure' }).click();
  await body.getByRole('button', { name: 'Browse' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /upload/i })
    .first()
    .click();
  await (await chooser).setFiles('tests/fixtures/editor/drum.png');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /insert|select|done/i })
    .last()
    .click();
  await body.getByRole('textbox', { name: 'Alt', exact: true }).fill('A hand drum resting on a wooden chair');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();

  const posts = await listRepositoryFolder(page, 'content/posts');
  const slug = posts.find((f) => f.startsWith('songs-we-carry'));
  expect(slug, `a new file in content/posts/ (found ${posts.join(', ')})`).toBeDefined();
  const file = `content/posts/${slug}`;
  const mdx = (await readRepositoryFile(page, file))!.toString('utf8');
  expect(mdx).toContain(`title: ${title}`);
  expect(mdx).toMatch(/^date: 2026-11-30$/m);
  expect(mdx).toContain(`<Quote source="${bibliographyKey}">Music can be a way in.</Quote>`);
  const image = /<Figure src="(\/images\/[^"]+)"/.exec(mdx)?.[1];
  expect(image, mdx).toBeDefined();
  const imageBytes = await readRepositoryFile(page, `public${image}`);
  expect(imageBytes?.equals(readFileSync('tests/fixtures/editor/drum.png'))).toBe(true);

  const site = await siteCopyWith({ [file]: mdx, [`public${image}`]: imageBytes! });
  const check = await runScriptIn(site, 'scripts/check-content.ts');
  expect(check.output).not.toMatch(/songs-we-carry/);
  expect(check.code, check.output).toBe(0);
});

test('a phone number given in the practice profile form closes one launch gap', async ({ page }) => {
  const before = await runScriptIn(await siteCopyWith({}), 'scripts/check-launch.ts');
  const gaps = (output: string) => output.split('\n').filter((line) => /^content\/.*:\d+:/.test(line)).length;
  expect(before.output).toMatch(/contact\.phone|phone/);

  await openLocalEditor(page);
  await openCollection(page, 'Practice profile');
  await page.getByRole('grid', { name: 'Files' }).getByRole('gridcell', { name: 'Practice profile' }).click();
  await page.mouse.move(300, 400);
  const contact = await formField(page, 'contact');
  // The real profile has no contact details yet: the optional group is added first.
  const add = contact.getByRole('checkbox', { name: /^Add/ });
  if (await add.isVisible()) await add.check();
  await (await formField(page, 'contact.phone')).getByRole('textbox', { name: 'Phone', exact: true }).fill('416-555-0123');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();

  const profile = (await readRepositoryFile(page, 'content/practice.yaml'))!.toString('utf8');
  expect((parse(profile) as { contact?: { phone?: string } }).contact?.phone).toBe('416-555-0123');
  const after = await runScriptIn(await siteCopyWith({ 'content/practice.yaml': profile }), 'scripts/check-launch.ts');
  expect(gaps(after.output), after.output).toBe(gaps(before.output) - 1);
});

test('a College registration number given in a team member’s group of the profile form closes one launch gap', async ({ page }) => {
  const profileText = readFileSync('content/practice.yaml', 'utf8');
  type Team = Record<string, { registrations?: { body: string; number?: string }[] }>;
  const team = (parse(profileText) as { team: Team }).team;
  // The first registration still without its number, in the file as it is.
  const [member, index] = Object.entries(team)
    .flatMap(([key, entry]) => (entry.registrations ?? []).map((r, i) => [key, i, r] as const))
    .find(([, , r]) => r.number === undefined)!;
  const before = await runScriptIn(await siteCopyWith({}), 'scripts/check-launch.ts');
  expect(before.output).toContain(`team.${member}.registrations`);

  await openLocalEditor(page);
  await openCollection(page, 'Practice profile');
  await page.getByRole('grid', { name: 'Files' }).getByRole('gridcell', { name: 'Practice profile' }).click();
  await page.mouse.move(300, 400);
  const path = `team.${member}.registrations.${index}.number`;
  await (await formField(page, path)).getByRole('textbox', { name: 'Number', exact: true }).fill('12345');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();

  const profile = (await readRepositoryFile(page, 'content/practice.yaml'))!.toString('utf8');
  expect((parse(profile) as { team: Team }).team[member]!.registrations![index]!.number).toBe('12345');
  // Nothing else in the file moved: the same text with the number's line added.
  expect(profile.split('\n').filter((line) => !/^\s+number: /.test(line))).toEqual(profileText.split('\n'));
  const after = await runScriptIn(await siteCopyWith({ 'content/practice.yaml': profile }), 'scripts/check-launch.ts');
  expect(after.output).not.toContain(`team.${member}.registrations`);
});

test('a save that breaks a rule is reported by the pull-request check on its file and line', async ({ page }) => {
  await openLocalEditor(page);
  await openCollection(page, 'Articles');
  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('A rule the check enforces');
  await page
    .getByRole('textbox', { name: 'Description', exact: true })
    .fill('An article that quotes a client recommending the practice, which the advertising rules forbid.');
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-11-30');
  await page.mouse.move(300, 400);
  const body = await formField(page, 'body');
  await body.getByRole('textbox', { name: 'Text', exact: true }).click();
  const testimonial = '“She changed my life!” — a former client';
  await page.keyboard.type(`Music psychotherapy is one way to work. ${testimonial}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();

  const slug = (await listRepositoryFolder(page, 'content/posts')).find((f) => f.startsWith('a-rule-the-check'))!;
  const file = `content/posts/${slug}`;
  const saved = (await readRepositoryFile(page, file))!.toString('utf8');
  // The form offers only real team members; an unknown author arrives from a git edit, which the same check reads.
  const withUnknownAuthor = saved.replace(/^date: .*$/m, (line) => `${line}\nauthor: nobody-by-that-name`);
  const lineOf = (text: string) => withUnknownAuthor.split('\n').findIndex((l) => l.includes(text)) + 1;

  const check = await runScriptIn(await siteCopyWith({ [file]: withUnknownAuthor }), 'scripts/check-content.ts', ['--format', 'github']);
  expect(check.code).not.toBe(0);
  // Either the check's plain form (`file:line: …`) or GitHub's (`::error file=…,line=…`), whichever the script prints.
  const reportedAt = (line: number) => new RegExp(`(?:^${file}:${line}:|::error file=${file},line=${line}\\b)`, 'm');
  expect(check.output).toMatch(reportedAt(lineOf('author: nobody-by-that-name')));
  expect(check.output).toMatch(reportedAt(lineOf('She changed my life')));
});
