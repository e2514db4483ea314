// Types for the two opencc-js entry points the search normaliser imports: the converter core and
// one character dictionary (opencc-js ships types for its full build, not for dictionary modules).
declare module 'opencc-js/dict/TSCharacters' {
  /** OpenCC's traditional → simplified character table, `"麗 丽|…"`. */
  const dict: string;
  export default dict;
}

declare module 'opencc-js/dict/CJK_Compatibility_Ideographs' {
  /** OpenCC's table folding CJK compatibility ideographs (U+F900…) to their unified forms. */
  const dict: string;
  export default dict;
}
