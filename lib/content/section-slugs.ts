// Section URL slugs (issue 13): readable pinyin for 版面 names and 栏目 columns (要闻 → `yao-wen`),
// English for 体裁 kinds (评论 → `commentary`), and the FNV-1a hash slugs of the first site
// (`page-1a2b3c4d`) kept as aliases that postbuild turns into redirect pages. Pure; archive.ts uses it.
import { pinyin } from 'pinyin-pro';

/** The kind of grouping a section is: a 版面 name, a 栏目 column, or a 体裁 kind. */
export type SectionType = 'page' | 'column' | 'kind';

/** English slugs for the 体裁 kinds, so that section URLs stay ASCII and readable. */
export const KIND_SLUGS: Record<string, string> = {
  消息: 'news',
  评论: 'commentary',
  访谈: 'interview',
  署名文章: 'signed',
};

/** Which of two sections keeps a shared slug: 版面 before 栏目 before 体裁. */
export const SECTION_TYPE_ORDER: Record<SectionType, number> = { page: 0, column: 1, kind: 2 };

/** FNV-1a 32-bit hash as 8 hex digits: small, dependency-free and stable across runs and machines. */
export function hashName(name: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The slug the site gave a section before issue 13 (`page-1a2b3c4d`, `column-5e6f7a8b`, kinds by
 * English name): it depends only on the name, so every URL once shared can still be redirected.
 */
export function legacySectionSlug(type: SectionType, name: string): string {
  if (type === 'kind') return KIND_SLUGS[name] ?? `kind-${hashName(name)}`;
  return `${type}-${hashName(name)}`;
}

/** The most syllables (or Latin words) a slug keeps: a long series name must not make a 90-character URL. */
export const MAX_SLUG_WORDS = 12;

/**
 * A name as toneless pinyin syllables joined by `-`, lower-case ASCII only: 诚信丽水 →
 * `cheng-xin-li-shui`, 绿谷 → `lv-gu` (ü written v, the keyboard convention), 银行 → `yin-hang`
 * (pinyin-pro reads polyphones in context). Latin letters and digits are kept (ＡＢＣ２ → `abc2`);
 * any other character separates; the first `MAX_SLUG_WORDS` words are kept. Empty when nothing
 * readable is left.
 */
export function nameToPinyinSlug(name: string): string {
  const syllables = pinyin(name.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    v: true,
    nonZh: 'consecutive',
  });
  return syllables
    .join('-')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_SLUG_WORDS)
    .join('-');
}

/** The slug a section asks for before collisions: kinds in English, names in pinyin, else the legacy hash. */
export function baseSectionSlug(type: SectionType, name: string): string {
  if (type === 'kind' && KIND_SLUGS[name]) return KIND_SLUGS[name];
  const readable = nameToPinyinSlug(name);
  if (!readable) return legacySectionSlug(type, name);
  // A kind outside the four is rare; its prefix keeps it apart from 版面 and columns of that name.
  return type === 'kind' ? `kind-${readable}` : readable;
}

/** A section to be given a slug. */
export interface SectionName {
  type: SectionType;
  name: string;
}

/** The key of a section in maps: its type and name. */
export function sectionKey(type: SectionType, name: string): string {
  return `${type}\u0000${name}`;
}

function compareRank(a: SectionName, b: SectionName): number {
  return SECTION_TYPE_ORDER[a.type] - SECTION_TYPE_ORDER[b.type] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/**
 * Gives every section a unique slug (keyed by `sectionKey`). Sections whose base slugs collide —
 * homophones (时事/实事 → `shi-shi`) or one name used as both 版面 and 栏目 — are ranked 版面,
 * 栏目, 体裁, then by name (code points): the first keeps the base, the others get `-2`, `-3`…
 * in that order (skipping any suffix another section's base already holds). The result depends
 * only on the set of sections, never on the order they are given in.
 */
export function assignSectionSlugs(sections: readonly SectionName[]): Map<string, string> {
  const groups = new Map<string, SectionName[]>();
  for (const section of sections) {
    const base = baseSectionSlug(section.type, section.name);
    const group = groups.get(base) ?? [];
    if (!group.some((other) => other.type === section.type && other.name === section.name)) group.push(section);
    groups.set(base, group);
  }
  const taken = new Set(groups.keys());
  const slugs = new Map<string, string>();
  for (const base of [...groups.keys()].sort()) {
    const [first, ...rest] = (groups.get(base) ?? []).sort(compareRank);
    if (first) slugs.set(sectionKey(first.type, first.name), base);
    let n = 2;
    for (const section of rest) {
      while (taken.has(`${base}-${n}`)) n += 1;
      taken.add(`${base}-${n}`);
      slugs.set(sectionKey(section.type, section.name), `${base}-${n}`);
    }
  }
  return slugs;
}
