import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildBundle, bundleFiles } from '../../../../lib/core/corpus/bundle';
import { corpusFileFormat, fileId, readCorpusFile, type HtmlParser } from '../../../../lib/core/corpus/read-file';

const parseHtml: HtmlParser = (html) => parseHTML(html).document as unknown as Document;
const record = { id: 'a', source: 'Wire One', url: null, title: 'Port plan unveiled', publishedAt: '2022-03-15', text: 'The minister unveiled the port plan on Monday.' };

describe('corpusFileFormat and fileId', () => {
  it('read the format and the id from the name, a trailing .gz aside', () => {
    expect(['a.jsonl', 'a.ndjson', 'a.jsonl.gz', 'a.json', 'a.JSON.gz', 'a.html', 'a.txt', 'a'].map(corpusFileFormat)).toEqual(['jsonl', 'jsonl', 'jsonl', 'json', 'json', 'page', 'page', 'page']);
    expect(fileId('dir/story.html.gz')).toBe('story');
    expect(fileId('C:\\dir\\story.txt')).toBe('story');
    expect(['story.1.html', 'story.2.html', 'notes.v2'].map(fileId)).toEqual(['story.1', 'story.2', 'notes.v2']);
  });
});

describe('readCorpusFile', () => {
  it('numbers the records and problems of JSON Lines', () => {
    const contents = readCorpusFile('news.jsonl', `${JSON.stringify(record)}\n\nnot json\n{"id":"b"}\n`, parseHtml);
    expect(contents.records).toEqual([{ record, line: 1, unit: 'line' }]);
    expect(contents.problems).toEqual([
      { line: 3, unit: 'line', reason: 'not valid JSON' },
      { line: 4, unit: 'line', reason: 'missing "text"' },
    ]);
  });

  it('reads a JSON array item by item, and a bundle as its records', () => {
    const array = readCorpusFile('news.json', JSON.stringify([record, { id: 'b' }]), parseHtml);
    expect(array.records).toEqual([{ record, line: 1, unit: 'item' }]);
    expect(array.problems).toEqual([{ line: 2, unit: 'item', reason: 'missing "text"' }]);
    const bundle = readCorpusFile('corpus.texts.json', bundleFiles(buildBundle([record])).texts, parseHtml);
    expect(bundle).toEqual({ records: [{ record, line: null, unit: 'file' }], problems: [] });
  });

  it('reports a JSON file that is neither an array nor a bundle as a whole', () => {
    expect(readCorpusFile('x.json', '{"hello":1}', parseHtml).problems).toEqual([
      { line: null, unit: 'file', reason: 'neither an array of articles nor a Crosscheck corpus bundle' },
    ]);
    expect(readCorpusFile('x.json', '{', parseHtml).problems).toEqual([{ line: null, unit: 'file', reason: 'not valid JSON' }]);
  });

  it('points from the index file of a bundle to the texts file beside it', () => {
    const { index } = bundleFiles(buildBundle([record]));
    expect(readCorpusFile('news.json', index, parseHtml)).toEqual({
      records: [],
      problems: [{ line: null, unit: 'file', reason: 'a corpus index, which holds no texts: use the .texts.json file beside it' }],
    });
  });

  it('reads an HTML page and a plain-text article by their content, with the id from the name', () => {
    const html = '<html><head><title>Port plan unveiled</title></head><body><article><h1>Port plan unveiled</h1><p>The minister unveiled the port plan on Monday, and the council will vote on it next month after a long consultation.</p><p>Local traders said they welcomed the plan but wanted more detail on the costs of dredging the harbour.</p></article></body></html>';
    const page = readCorpusFile('port.html', html, parseHtml);
    expect(page.records).toHaveLength(1);
    expect(page.records[0].record).toMatchObject({ id: 'port', title: 'Port plan unveiled' });
    expect(page.records[0].record.text).toContain('Local traders said');
    const text = readCorpusFile('port.txt', ' date 2022-03-15\nPort plan unveiled\n\nThe minister unveiled the port plan on Monday.', parseHtml);
    expect(text.records[0].record).toMatchObject({ id: 'port', publishedAt: '2022-03-15', text: 'The minister unveiled the port plan on Monday.' });
  });

  it('reports a page with no article text', () => {
    expect(readCorpusFile('empty.txt', '   \n', parseHtml).problems).toEqual([{ line: null, unit: 'file', reason: 'no article text found' }]);
  });
});
