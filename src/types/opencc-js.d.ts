// opencc-js types its entry points but not its dictionaries and locale groups, which the build
// reads directly (src/data/traditional-map.ts): each is a DictLike or a list of DictGroups.
declare module 'opencc-js/dict/*' {
  const dict: import('opencc-js/core').DictLike;
  export default dict;
}
declare module 'opencc-js/from/*' {
  const groups: import('opencc-js/core').DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/*' {
  const groups: import('opencc-js/core').DictGroup[];
  export default groups;
}
