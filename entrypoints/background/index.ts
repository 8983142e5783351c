export default defineBackground(() => {
  // Filled by later features (dictionary look-ups, keyboard commands).
});
