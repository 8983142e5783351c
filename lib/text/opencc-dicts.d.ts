/** Types for the OpenCC dictionary modules of opencc-js (each exports "source target|source target|…"). */
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TSPhrases' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TWVariantsRev' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TWVariantsRevPhrases' {
  const dict: string;
  export default dict;
}
