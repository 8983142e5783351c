/**
 * The part of the `solarlunar` package (ISC) that lunar.ts uses. The package ships its own
 * declarations, but its package.json "exports" hides them from TypeScript's bundler resolution.
 */
declare module 'solarlunar' {
  interface SolarLunarResult { lYear: number; lMonth: number; lDay: number; isLeap: boolean; cYear: number; cMonth: number; cDay: number }
  const solarLunar: {
    /** Days in lunar month m (1–12) of lunar year y: 29 or 30. */
    monthDays(y: number, m: number): number;
    /** The leap month of lunar year y (1–12), 0 when it has none. */
    leapMonth(y: number): number;
    /** Days in the leap month of lunar year y (0 when none). */
    leapDays(y: number): number;
    /** Day of the month of solar term n (1 = 小寒 … 24 = 冬至) in Gregorian year y. */
    getTerm(y: number, n: number): number;
    /** Gregorian date of a lunar date, -1 outside 1900–2100. */
    lunar2solar(y: number, m: number, d: number, isLeapMonth?: boolean): SolarLunarResult | -1;
    solar2lunar(y: number, m: number, d: number): SolarLunarResult | -1;
  };
  export default solarLunar;
}
