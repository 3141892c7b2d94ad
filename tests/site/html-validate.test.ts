import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, requireDist } from '../support/dist';

beforeAll(requireDist);

// Astro places one <style> for its islands in the body; .htmlvalidate.json allows <style> in flow content for that.
describe('html-validate', () => {
  it('reports no errors on any page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const reports = await Promise.all(htmlPages().map((file) => validator.validateFile(join(DIST, file))));
    const failed = reports.filter((report) => !report.valid);
    const text = formatterFactory('text');
    expect(failed.map((report) => text(report.results)).join('\n')).toBe('');
  });
});
