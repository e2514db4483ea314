// Article body Markdown → sanitised HTML tree → React elements or an HTML string, at build time:
// remark-parse → remark-rehype → rehype-sanitize → our plugins (paragraph anchors) → JSX / HTML.
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { toHtml } from 'hast-util-to-html';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ReactNode } from 'react';
import type { Element, ElementContent, Root } from 'hast';
import type { Root as MdastRoot, Parent as MdastParent } from 'mdast';

/** Options of `rehypeParagraphAnchors`. */
export interface ParagraphAnchorOptions {
  /** Accessible label of the anchor of paragraph n, e.g. `n => 第3段的链接`. */
  label?: (n: number) => string;
}

/**
 * Numbers the body's paragraphs `p1…pn` (ids) and appends to each a small `¶` link to `#pn`,
 * so a reader can cite a paragraph. Runs after sanitising: only these trusted nodes are added.
 */
export const rehypeParagraphAnchors: Plugin<[ParagraphAnchorOptions?], Root> = (options = {}) => {
  const label = options.label ?? ((n: number) => `第${n}段的链接`);
  return (tree) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      n += 1;
      node.properties = { ...node.properties, id: `p${n}` };
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#p${n}`, className: ['p-anchor'], ariaLabel: label(n), dataParagraph: String(n) },
        children: [{ type: 'text', value: '¶' }],
      };
      node.children.push({ type: 'text', value: ' ' }, anchor);
    }
  };
};

/**
 * Turns raw HTML in the Markdown (a hand edit, or a source that slipped past escaping) into
 * literal text: `<script>alert(1)</script>` is shown as those characters, never dropped or run.
 */
export const remarkRawHtmlAsText: Plugin<[], MdastRoot> = () => (tree) => {
  const visit = (node: MdastParent) => {
    node.children = node.children.map((child) => {
      if (child.type === 'html') return { type: 'text', value: child.value };
      if ('children' in child) visit(child);
      return child;
    }) as typeof node.children;
  };
  visit(tree);
};

/**
 * Keeps the article title the only h1: body headings become h2 (a `#` from an odd source) or
 * keep their level when deeper, so headings stay in order under the title.
 */
export const rehypeDemoteHeadings: Plugin<[], Root> = () => (tree) => {
  for (const node of tree.children) {
    if (node.type === 'element' && node.tagName === 'h1') node.tagName = 'h2';
  }
};

/**
 * Shows a photo caption 图片说明 (stored as a `> ` block, see markdown.ts) as a figure caption:
 * `<figure class="caption"><figcaption>图为…</figcaption></figure>`. A caption is not a paragraph
 * of the text, so it takes no paragraph number. Runs after sanitising, on the trusted tree.
 */
export const rehypeCaptionFigures: Plugin<[], Root> = () => (tree) => {
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'blockquote') continue;
    const inner = node.children.flatMap((child) =>
      child.type === 'element' && child.tagName === 'p' ? child.children : [],
    );
    node.tagName = 'figure';
    node.properties = { className: ['caption'] };
    node.children = [{ type: 'element', tagName: 'figcaption', properties: {}, children: inner }];
  }
};

// Three locks: raw HTML becomes text (remarkRawHtmlAsText), remark-rehype would drop any left
// (allowDangerousHtml is off), and rehype-sanitize (GitHub's schema) strips what is unsafe.
const sanitizeSchema = { ...defaultSchema, clobberPrefix: 'user-content-' };

// Built once and frozen: the same pipeline renders every article of a build.
const pipeline = unified()
  .use(remarkParse)
  .use(remarkRawHtmlAsText)
  .use(remarkRehype)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeDemoteHeadings)
  .use(rehypeCaptionFigures)
  .use(rehypeParagraphAnchors)
  .freeze();

/** Markdown body → sanitised hast tree with paragraph anchors (exported for tests). */
export function markdownToHast(markdown: string): Root {
  return pipeline.runSync(pipeline.parse(markdown)) as Root;
}

/** Markdown body → React elements, rendered at build time by a Server Component. */
export function renderMarkdown(markdown: string): ReactNode {
  return toJsxRuntime(markdownToHast(markdown), { Fragment, jsx, jsxs });
}

/**
 * Markdown body → HTML string, for scripts/postbuild.ts, which fills each built article page's body
 * slot with it. Same sanitised tree as `renderMarkdown`; hast-util-to-html escapes every text and
 * attribute value, so the string holds no markup the sanitiser did not allow.
 */
export function renderMarkdownToHtml(markdown: string): string {
  return toHtml(markdownToHast(markdown));
}

/** The plain text of a hast node (for tests and descriptions). */
export function hastToText(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => hastToText(child as ElementContent)).join('');
  return '';
}
