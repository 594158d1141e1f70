import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// GitHub's own workflow parser (the one its editor tooling uses) imports its schema JSON without
// `with { type: 'json' }`, which Node refuses: add the attribute as Node loads it.
registerHooks({
  load: (url, context, next) => next(url, url.endsWith('.json') ? { ...context, importAttributes: { ...context.importAttributes, type: 'json' } } : context),
});
const { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } = await import('@actions/workflow-parser');

const FILE = '.github/workflows/pages.yml';
const WORKFLOW = readFileSync(FILE, 'utf8');

/** The schema errors of a workflow and those of turning it into jobs (needs, expressions…): the template lists both. */
async function workflowErrors(content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name: FILE, content }, new NoOperationTraceWriter());
  if (!parsed.value) return parsed.context.errors.getErrors().map((e) => e.message); // not even YAML
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((e) => e.Message);
}

describe('the GitHub Pages workflow', () => {
  it("passes GitHub's workflow schema", async () => {
    expect(await workflowErrors(WORKFLOW)).toEqual([]);
  });

  it('fails the schema when a job has no runner, a step has a misspelt key, or an expression is broken', async () => {
    const noRunner = WORKFLOW.replace(/\n {4}runs-on: ubuntu-latest\n {4}steps:/, '\n    steps:');
    expect(noRunner).not.toBe(WORKFLOW);
    expect(await workflowErrors(noRunner)).toEqual([expect.stringMatching(/Required property is missing: runs-on/)]);
    expect(await workflowErrors(WORKFLOW.replace('- uses: actions/checkout', '- use: actions/checkout'))).toContainEqual(
      expect.stringMatching(/Unexpected value 'use'/),
    );
    expect(await workflowErrors(WORKFLOW.replace('steps.pages.outputs.origin }}', 'steps.pages.outputs.origin }'))).toEqual([
      expect.stringMatching(/The expression is not closed/),
    ]);
  });

  it('builds with the base path and origin Pages gives, uploads dist/ and deploys it with the rights it needs', () => {
    const { jobs } = parse(WORKFLOW);
    const steps: { id?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }[] = jobs.build.steps;
    const configure = steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))!;
    const build = steps.find((s) => s.run?.includes('scripts/run.sh build'))!;
    expect(build.env?.BASE_PATH).toBe(`\${{ steps.${configure.id}.outputs.base_path }}/`);
    expect(build.env?.SITE_URL).toBe(`\${{ steps.${configure.id}.outputs.origin }}`);
    expect(steps.indexOf(configure)).toBeLessThan(steps.indexOf(build));
    expect(steps.at(-1)).toMatchObject({ uses: expect.stringMatching(/^actions\/upload-pages-artifact@/), with: { path: 'dist' } });
    expect(jobs.deploy.needs).toBe('build');
    expect(jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(jobs.deploy.environment.name).toBe('github-pages');
    expect(jobs.deploy.steps.map((s: { uses: string }) => s.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@/)]);
  });
});
