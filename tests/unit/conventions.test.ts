import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPARERS } from '../../lib/core/compare/index';
import { ELEMENT_RULES, LINE_RULES } from '../../lib/core/extract/clean-article';

/**
 * The layout's rules, checked on every source file: a file's path says where it runs. Imports and
 * globals are read from the syntax tree (Vite's parser; TypeScript 7 has no JS API), so comments and
 * strings never count.
 */

const ROOT = resolve(import.meta.dirname, '../..');

type Layer = 'lib/core' | 'lib/browser' | 'lib/node' | 'components' | 'entrypoints' | 'config';

const CORE_RUNS = 'core code runs in the browser and in Node';
const IN_EXTENSION = 'this code runs in the extension, which has no Node APIs';

/** Which layers each layer may import, and why. */
const MAY_IMPORT: Record<Layer, { layers: string[]; why: string }> = {
  'lib/core': { layers: ['lib/core'], why: `${CORE_RUNS}, so it may import only lib/core` },
  'lib/browser': { layers: ['lib/core', 'lib/browser'], why: 'browser code may import only lib/core and lib/browser' },
  'lib/node': { layers: ['lib/core', 'lib/node'], why: 'Node code may import only lib/core and lib/node (what both sides need belongs in lib/core)' },
  components: { layers: ['lib/core', 'lib/browser', 'components'], why: 'components run in extension pages, so they may import only lib/core, lib/browser and components' },
  entrypoints: { layers: ['lib/core', 'lib/browser', 'components', 'entrypoints'], why: 'entrypoints are bundled into the extension, so they may not import lib/node or tests' },
  // wxt.config.ts runs in Node at build time and is not bundled, so it may use lib/node (which builds the bundled corpus).
  config: { layers: ['lib/core', 'lib/node'], why: 'build configuration runs in Node, so it may import only lib/core and lib/node' },
};

/** The extension's APIs and packages that need them (the `wxt` build tool itself runs in Node). */
const BROWSER_API_PACKAGES = /^(wxt\/browser|wxt\/utils\/.*|#imports|@webext-core\/.*|idb)$/;
/** Packages that only work in Node; a core extraction takes the Document it reads as a parameter instead of making one with linkedom. */
const NODE_ONLY_PACKAGES = /^(playwright-core|@puppeteer\/browsers|linkedom)$/;
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

/** Why a layer may not import a package, or null when it may. */
function packageProblem(layer: Layer, specifier: string): string | null {
  const nodeBuiltin = isNodeBuiltin(specifier);
  const nodeOnly = nodeBuiltin || NODE_ONLY_PACKAGES.test(specifier);
  const browserApi = BROWSER_API_PACKAGES.test(specifier);
  if (layer === 'lib/core' && nodeOnly) return `${CORE_RUNS}, so it may not use Node ${nodeBuiltin ? 'APIs' : 'packages'} (move it to lib/node/)`;
  // Core needs nothing of WXT, its build tool included.
  if (layer === 'lib/core' && (browserApi || /^wxt(\/|$)/.test(specifier))) return `${CORE_RUNS}, so it may not use browser APIs (move it to lib/browser/)`;
  if ((layer === 'lib/browser' || layer === 'components' || layer === 'entrypoints') && nodeOnly) return `${IN_EXTENSION} (move it to lib/node/)`;
  if (layer === 'lib/node' && browserApi) return 'Node code has no extension APIs (move it to lib/browser/)';
  return null;
}

const BROWSER_GLOBALS = ['chrome', 'browser', 'document', 'window', 'navigator', 'DOMParser', 'indexedDB', 'localStorage', 'location'];
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require'];

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';

function children(node: AstNode, skip: readonly string[] = []): AstNode[] {
  return Object.entries(node)
    .filter(([key]) => !skip.includes(key))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter(isNode);
}

function visit(node: AstNode, enter: (node: AstNode) => readonly string[] | false | void): void {
  const skip = enter(node);
  if (skip === false) return;
  for (const child of children(node, skip ?? [])) visit(child, enter);
}

interface SourceFile {
  /** Relative to the repository, with forward slashes. */
  path: string;
  layer: Layer;
  text: string;
  program: AstNode;
  comments: { type: string; value: string }[];
}

function layerOf(path: string): Layer | null {
  for (const layer of ['lib/core', 'lib/browser', 'lib/node', 'components', 'entrypoints'] as const) {
    if (path.startsWith(`${layer}/`)) return layer;
  }
  return /^[^/]+\.config\.ts$/.test(path) ? 'config' : null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const isCode = (path: string) => /\.tsx?$/.test(path);

function parse(path: string): SourceFile {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const result = parseSync(path, text, { lang: path.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (result.errors.length > 0) throw new Error(`${path} does not parse: ${result.errors.map((e) => e.message).join('; ')}`);
  return { path, layer: layerOf(path)!, text, program: result.program as unknown as AstNode, comments: result.comments };
}

const SOURCES: SourceFile[] = [
  ...['lib', 'components', 'entrypoints'].flatMap(filesUnder),
  ...readdirSync(ROOT).filter((name) => name.endsWith('.config.ts')),
]
  .filter(isCode)
  .map(parse);

const lineOf = (file: SourceFile, offset: number) => file.text.slice(0, offset).split('\n').length;

/** Where each kind of node names the module it imports. */
const MODULE_SOURCE: Record<string, string> = {
  ImportDeclaration: 'source',
  ExportNamedDeclaration: 'source',
  ExportAllDeclaration: 'source',
  ImportExpression: 'source',
  TSImportType: 'source',
  TSExternalModuleReference: 'expression',
};

/** Every module a file imports or re-exports, type-only imports included (they tie layers together too). */
function importsOf(file: SourceFile): string[] {
  const specifiers: string[] = [];
  visit(file.program, (node) => {
    const source = node[MODULE_SOURCE[node.type] ?? ''];
    if (isNode(source) && typeof source.value === 'string') specifiers.push(source.value);
  });
  return specifiers;
}

/** The names a file binds itself (variables, parameters, functions, classes, imports), at any depth. */
function boundNames(program: AstNode): Set<string> {
  const names = new Set<string>();
  const bind = (pattern: unknown): void => {
    if (!isNode(pattern)) return;
    if (pattern.type === 'Identifier') names.add(pattern.name as string);
    else if (pattern.type === 'ObjectPattern') (pattern.properties as AstNode[]).forEach((p) => bind(p.type === 'RestElement' ? p.argument : p.value));
    else if (pattern.type === 'ArrayPattern') (pattern.elements as unknown[]).forEach(bind);
    else if (pattern.type === 'AssignmentPattern') bind(pattern.left);
    else if (pattern.type === 'RestElement') bind(pattern.argument);
    else if (pattern.type === 'TSParameterProperty') bind(pattern.parameter);
  };
  visit(program, (node) => {
    // `declare const chrome: …` states that a global exists; it binds nothing.
    if (node.declare === true) return false;
    if (node.type === 'VariableDeclarator') bind(node.id);
    if (['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(node.type)) [node.id, ...(node.params as unknown[])].forEach(bind);
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') bind(node.id);
    if (node.type === 'CatchClause') bind(node.param);
    if (node.type === 'ImportDeclaration') (node.specifiers as AstNode[]).forEach((s) => bind(s.local));
  });
  return names;
}

/** Keys whose subtree is a type: a type such as `Document` names no runtime global. */
const TYPE_KEYS = ['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'implements'];
const TYPE_DECLARATIONS = ['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSModuleDeclaration', 'TSDeclareFunction'];

/**
 * Identifiers used as values that the file does not bind itself: the globals it reads. Binding is
 * judged per file, not per scope: a file with a parameter named `location` may also read the global.
 */
function globalsUsed(file: SourceFile, globals: readonly string[]): { name: string; line: number }[] {
  const bound = boundNames(file.program);
  const used: { name: string; line: number }[] = [];
  visit(file.program, (node) => {
    if (TYPE_DECLARATIONS.includes(node.type) || node.declare === true) return false;
    if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration') return false;
    if (node.type === 'Identifier' && globals.includes(node.name as string) && !bound.has(node.name as string)) {
      used.push({ name: node.name as string, line: lineOf(file, node.start) });
    }
    // A property name (`page.document`, `{ window: 1 }`) or a label is not a variable.
    const computed = node.computed === true;
    if (node.type === 'MemberExpression') return computed ? TYPE_KEYS : [...TYPE_KEYS, 'property'];
    if (['Property', 'PropertyDefinition', 'MethodDefinition', 'AccessorProperty', 'TSPropertySignature', 'TSMethodSignature'].includes(node.type)) {
      return computed ? TYPE_KEYS : [...TYPE_KEYS, 'key'];
    }
    if (node.type === 'ExportNamedDeclaration') return ['specifiers', 'source'];
    if (['LabeledStatement', 'BreakStatement', 'ContinueStatement'].includes(node.type)) return ['label'];
    if (node.type === 'TSEnumMember') return ['id'];
    return TYPE_KEYS;
  });
  return used;
}

function expectNoProblems(problems: string[]): void {
  if (problems.length > 0) expect.fail(`${problems.length} problem(s):\n${problems.join('\n')}\n`);
}

describe('where code runs', () => {
  it('parses every source file', () => {
    expect(SOURCES.filter((file) => file.layer === 'lib/core').length).toBeGreaterThan(50);
    expect(SOURCES.map((file) => file.path)).toContain('wxt.config.ts');
  });

  it('imports no package its runtime lacks: core neither browser nor Node ones, extension code no Node ones, Node code no extension ones', () => {
    const problems = SOURCES.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => !specifier.startsWith('.'))
        .flatMap((specifier) => {
          const problem = packageProblem(file.layer, specifier);
          return problem ? [`${file.path} imports "${specifier}": ${problem}`] : [];
        }),
    );
    expectNoProblems(problems);
  });

  it('core code reads no browser or Node global, and references no ambient types', () => {
    const problems = SOURCES.filter((file) => file.layer === 'lib/core').flatMap((file) => [
      ...globalsUsed(file, [...BROWSER_GLOBALS, ...NODE_GLOBALS]).map(({ name, line }) =>
        BROWSER_GLOBALS.includes(name)
          ? `${file.path}:${line} uses the global "${name}": ${CORE_RUNS}, so it may not use browser globals (take what it needs as a parameter, or move it to lib/browser/)`
          : `${file.path}:${line} uses the global "${name}": ${CORE_RUNS}, so it may not use Node globals (move it to lib/node/)`,
      ),
      ...file.comments
        .filter((comment) => comment.type === 'Line' && /^\/\s*<reference\b/.test(comment.value))
        .map(() => `${file.path} has a /// <reference> directive: ${CORE_RUNS}, so it gets no ambient types but the DOM's (see lib/core/tsconfig.json)`),
    ]);
    expectNoProblems(problems);
  });

  it('imports point down the layers: core ← browser ← components ← entrypoints, core ← node; nothing imports tests', () => {
    const problems = SOURCES.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .flatMap((specifier) => {
          const target = relative(ROOT, resolve(ROOT, dirname(file.path), specifier)).replaceAll('\\', '/');
          const targetLayer = layerOf(target);
          const { layers, why } = MAY_IMPORT[file.layer];
          return targetLayer !== null && layers.includes(targetLayer) ? [] : [`${file.path} imports "${specifier}" (${target}): ${why}`];
        }),
    );
    expectNoProblems(problems);
  });
});

describe('tests mirror lib/', () => {
  it('every lib/ folder with code has a tests/unit/ folder of the same path with a test in it', () => {
    const folders = [...new Set(SOURCES.filter((file) => file.path.startsWith('lib/')).map((file) => dirname(file.path)))].sort();
    const missing = folders
      .map((folder) => ({ folder, mirror: `tests/unit/${folder.slice('lib/'.length)}` }))
      .filter(({ mirror }) => !existsSync(join(ROOT, mirror)) || !readdirSync(join(ROOT, mirror)).some((name) => /\.test\.tsx?$/.test(name)))
      .map(({ folder, mirror }) => `${folder} has code but ${mirror}/ holds no *.test.ts(x)`);
    expectNoProblems(missing);
  });
});

/** The source text of a parameter's or function's type annotation, e.g. `AnalysedArticle[]`. */
function annotation(file: SourceFile, node: unknown): string | null {
  if (!isNode(node) || !isNode(node.typeAnnotation) || !isNode(node.typeAnnotation.typeAnnotation)) return null;
  const type = node.typeAnnotation.typeAnnotation;
  return file.text.slice(type.start, type.end);
}

interface ExportedFunction {
  file: SourceFile;
  name: string;
  parameterTypes: (string | null)[];
  returnType: string | null;
}

function exportedFunctions(folder: string): ExportedFunction[] {
  return SOURCES.filter((file) => dirname(file.path) === folder).flatMap((file) =>
    (file.program.body as AstNode[])
      .filter((statement) => statement.type === 'ExportNamedDeclaration' && isNode(statement.declaration) && statement.declaration.type === 'FunctionDeclaration')
      .map((statement) => statement.declaration as AstNode)
      .map((fn) => ({
        file,
        name: (fn.id as AstNode).name as string,
        parameterTypes: (fn.params as AstNode[]).map((param) => annotation(file, param)),
        returnType: fn.returnType ? file.text.slice((fn.returnType as AstNode).start, (fn.returnType as AstNode).end).replace(/^:\s*/, '') : null,
      })),
  );
}

const testFileOf = (file: SourceFile) => `tests/unit/${dirname(file.path).slice('lib/'.length)}/${basename(file.path).replace(/\.tsx?$/, '')}.test.ts`;

/** A registry's problems: each function of the shape is registered, each registered one has that shape, and each one's module has a test file. */
function registryProblems(found: ExportedFunction[], registered: string[], registry: string, shape: string): string[] {
  const foundNames = found.map((fn) => fn.name);
  return [
    ...found
      .filter((fn) => !registered.includes(fn.name))
      .map((fn) => `${fn.file.path} exports ${fn.name}, which has the shape ${shape} but is not in ${registry}, the list that is run`),
    ...registered
      .filter((name) => !foundNames.includes(name))
      .map((name) => `${name} is in ${registry} but no module beside it exports it with the shape ${shape} (update the shape in this test if it changed)`),
    ...[...new Set(found.map((fn) => fn.file))]
      .filter((file) => !existsSync(join(ROOT, testFileOf(file))))
      .map((file) => `${file.path} holds ${found.filter((fn) => fn.file === file).map((fn) => fn.name).join(', ')} but has no test file ${testFileOf(file)}`),
  ];
}

describe('every comparer and cleaning rule is registered and tested', () => {
  it('comparers: lib/core/compare/index.ts COMPARERS', () => {
    const shape = '(articles: AnalysedArticle[], resolve?): Ranked[]';
    const comparers = exportedFunctions('lib/core/compare').filter(
      (fn) => fn.file.path !== 'lib/core/compare/index.ts' && fn.parameterTypes.length <= 2 && fn.parameterTypes[0] === 'AnalysedArticle[]' && fn.returnType === 'Ranked[]',
    );
    expectNoProblems(registryProblems(comparers, COMPARERS.map((compare) => compare.name), 'COMPARERS (lib/core/compare/index.ts)', shape));
  });

  it('cleaning rules: lib/core/extract/clean-article.ts ELEMENT_RULES and LINE_RULES', () => {
    const rules = exportedFunctions('lib/core/extract').filter((fn) => /^is[A-Z]/.test(fn.name) && fn.parameterTypes.length === 1 && fn.returnType === 'boolean');
    const ofType = (type: string) => rules.filter((fn) => fn.parameterTypes[0] === type);
    expectNoProblems([
      ...registryProblems(ofType('Element'), ELEMENT_RULES.map((rule) => rule.name), 'ELEMENT_RULES (lib/core/extract/clean-article.ts)', 'is…(element: Element): boolean'),
      ...registryProblems(ofType('string'), LINE_RULES.map((rule) => rule.name), 'LINE_RULES (lib/core/extract/clean-article.ts)', 'is…(line: string): boolean'),
    ]);
  });
});
