import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtSites, htmlFiles } from '../helpers/sites.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const site of builtSites()) {
  describe(`HTML of ${site.dir}`, () => {
    it('every built page is valid HTML (html-validate, zero errors)', async () => {
      const problems: string[] = [];
      for (const file of htmlFiles(site.dir)) {
        const report = await validator.validateFile(file);
        for (const result of report.results) {
          for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
        }
      }
      expect(problems.slice(0, 50)).toEqual([]);
    }, 300_000);
  });
}
